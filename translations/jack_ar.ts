<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AppCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>AppConfigPanel</name>
    <message>
        <source>Choose an app</source>
        <translation>اختر تطبيقًا</translation>
    </message>
    <message>
        <source>Pick a channel, an AI provider or a hotel system on the left to set it up and test it.</source>
        <translation>اختر من القائمة قناة أو مزوّد ذكاء اصطناعي أو نظامًا للفندق لإعداده واختباره.</translation>
    </message>
    <message>
        <source>Pick an app on the left to see how it is set up.</source>
        <translation>اختر تطبيقًا من القائمة لترى إعداداته.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>استخدام %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>The test uses the saved settings: save your changes first.</source>
        <translation>يستخدم الاختبار الإعدادات المحفوظة: احفظ تغييراتك أولًا.</translation>
    </message>
    <message>
        <source>✓ Connected in %1 ms. %2</source>
        <translation>✓ تم الاتصال خلال %1 مللي ثانية. %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ Not working: %1</source>
        <translation>✗ لا يعمل: %1</translation>
    </message>
    <message>
        <source>Jack&apos;s built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.</source>
        <translation>لا يحتاج محرك جاك المدمج إلى أي إعدادات. يرد على الضيوف كلما لم يكن أي مزوّد ذكاء اصطناعي آخر مفعّلًا.</translation>
    </message>
    <message>
        <source>This app has no settings.</source>
        <translation>لا توجد إعدادات لهذا التطبيق.</translation>
    </message>
    <message>
        <source>Only an admin can change these settings.</source>
        <translation>يمكن للمسؤول فقط تغيير هذه الإعدادات.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>لديك تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Secret values are never shown again; leave them empty to keep them.</source>
        <translation>لا تُعرض القيم السرية مرة أخرى؛ اتركها فارغة للإبقاء عليها.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>How guests reach the hotel, which AI helps Jack, and the hotel&apos;s own systems.</source>
        <translation>كيف يتواصل الضيوف مع الفندق، وأي ذكاء اصطناعي يساعد جاك، وأنظمة الفندق الخاصة.</translation>
    </message>
    <message>
        <source>The apps could not be loaded</source>
        <translation>تعذّر تحميل التطبيقات</translation>
    </message>
    <message>
        <source>The hub sent no apps.</source>
        <translation>لم يرسل الخادم أي تطبيقات.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>CannedResponsePicker</name>
    <message>
        <source>Canned responses</source>
        <translation>الردود الجاهزة</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to insert · Esc to close</source>
        <translation>↑↓ للاختيار · Enter للإدراج · Esc للإغلاق</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>ابحث في الردود الجاهزة…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>البحث في الردود الجاهزة</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>fill in %1</source>
        <translation>أكمِل %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>لا شيء لإكماله</numerusform>
            <numerusform>حقل واحد لإكماله</numerusform>
            <numerusform>حقلان لإكمالهما</numerusform>
            <numerusform>%n حقول لإكمالها</numerusform>
            <numerusform>%n حقلًا لإكمالها</numerusform>
            <numerusform>%n حقل لإكمالها</numerusform>
        </translation>
    </message>
    <message>
        <source>No canned response matches “%1”. Press Esc and write the reply yourself.</source>
        <translation>لا يطابق أي رد جاهز «%1». اضغط Esc واكتب الرد بنفسك.</translation>
    </message>
    <message>
        <source>No canned responses yet. A manager can add them for the whole team.</source>
        <translation>لا توجد ردود جاهزة بعد. يمكن للمدير إضافتها للفريق كله.</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>إنهاء «%1»</translation>
    </message>
    <message>
        <source>What was done? (optional, for colleagues)</source>
        <translation>ما الذي أُنجز؟ (اختياري، للزملاء)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Tell the guest it is done (in their language)</source>
        <translation>إبلاغ الضيف بأنها أُنجزت (بلغته)</translation>
    </message>
    <message>
        <source>This task did not come from a guest&apos;s conversation, so there is no one to tell.</source>
        <translation>لم تأتِ هذه المهمة من محادثة مع ضيف، فلا أحد لإبلاغه.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Complete and tell the guest</source>
        <translation>إنهاء وإبلاغ الضيف</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>ComposerSwitch</name>
    <message>
        <source>Reply to guest</source>
        <translation>الرد على الضيف</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>ملاحظة داخلية، يراها الموظفون فقط</translation>
    </message>
    <message>
        <source>Only staff see notes</source>
        <translation>لا يرى الملاحظات إلا الموظفون</translation>
    </message>
    <message>
        <source>Type / for canned responses</source>
        <translation>اكتب / للردود الجاهزة</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting… You can keep working; new messages appear as soon as Jack is back.</source>
        <translation>جارٍ إعادة الاتصال… يمكنك متابعة العمل؛ ستظهر الرسائل الجديدة فور عودة جاك.</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>WhatsApp window closes in %n min</source>
        <translation>
            <numerusform>تُغلق نافذة واتساب خلال %n دقيقة</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال دقيقة واحدة</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال دقيقتين</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال %n دقائق</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال %n دقيقة</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window closes in %n h</source>
        <translation>
            <numerusform>تُغلق نافذة واتساب خلال %n ساعة</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال ساعة واحدة</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال ساعتين</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال %n ساعات</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال %n ساعة</numerusform>
            <numerusform>تُغلق نافذة واتساب خلال %n ساعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>إسنادها إليّ</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>تصعيد</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Jack handed this to a person: %1</source>
        <translation>أحال جاك هذا إلى موظف: %1</translation>
    </message>
    <message>
        <source>This guest is waiting for a person. Reply below, or assign it to yourself.</source>
        <translation>هذا الضيف ينتظر موظفًا. ردّ أدناه أو أسندها إلى نفسك.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>لا توجد رسائل بعد</translation>
    </message>
    <message>
        <source>Write the first message below; it goes out on %1.</source>
        <translation>اكتب الرسالة الأولى أدناه؛ ستُرسل عبر %1.</translation>
    </message>
    <message>
        <source>the guest&apos;s channel</source>
        <translation>قناة الضيف</translation>
    </message>
    <message>
        <source>One guest needs you</source>
        <translation>ضيف واحد بحاجة إليك</translation>
    </message>
    <message numerus="yes">
        <source>%n guests need you</source>
        <translation>
            <numerusform>لا ضيوف بحاجة إليك</numerusform>
            <numerusform>ضيف واحد بحاجة إليك</numerusform>
            <numerusform>ضيفان بحاجة إليك</numerusform>
            <numerusform>%n ضيوف بحاجة إليك</numerusform>
            <numerusform>%n ضيفًا بحاجة إليك</numerusform>
            <numerusform>%n ضيف بحاجة إليك</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>لا توجد محادثة مفتوحة</translation>
    </message>
    <message>
        <source>Open the longest waiting</source>
        <translation>افتح الأطول انتظارًا</translation>
    </message>
    <message>
        <source>The conversation is at the top of the inbox, marked “Needs you”.</source>
        <translation>المحادثة في أعلى صندوق الوارد، وعليها علامة «بحاجة إليك».</translation>
    </message>
    <message>
        <source>They are at the top of the inbox, marked “Needs you”, longest waiting first.</source>
        <translation>إنها في أعلى صندوق الوارد، وعليها علامة «بحاجة إليك»، الأطول انتظارًا أولًا.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>اختر محادثة من القائمة لقراءتها والرد عليها.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling one conversation.</source>
        <translation>اختر محادثة من القائمة لقراءتها والرد عليها. يتولى جاك محادثة واحدة.</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.</source>
        <translation>اختر محادثة من القائمة لقراءتها والرد عليها. يتولى جاك %1 محادثات.</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>جارٍ تحميل الرسائل السابقة…</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>No messages yet</source>
        <translation>لا توجد رسائل بعد</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>لي</translation>
    </message>
    <message>
        <source>%1 viewing</source>
        <translation>يطّلع عليها %1</translation>
    </message>
    <message numerus="yes">
        <source>%n viewing</source>
        <translation>
            <numerusform>لا أحد يطّلع عليها</numerusform>
            <numerusform>يطّلع عليها شخص واحد</numerusform>
            <numerusform>يطّلع عليها شخصان</numerusform>
            <numerusform>يطّلع عليها %n أشخاص</numerusform>
            <numerusform>يطّلع عليها %n شخصًا</numerusform>
            <numerusform>يطّلع عليها %n شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open at: %1</source>
        <translation>مفتوحة أيضًا لدى: %1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>طارئ</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>بحاجة إليك</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>مؤجلة %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طارئ</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>Create a task</source>
        <translation>إنشاء مهمة</translation>
    </message>
    <message>
        <source>From %1&apos;s message: “%2”</source>
        <translation>من رسالة %1: «%2»</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>ما المطلوب</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>وصف المهمة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>إنشاء المهمة</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Inbox</source>
        <translation>البريد الوارد</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>الضيوف</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>المعرفة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · and %n more emergency(s)</source>
        <translation>
            <numerusform>%1 · ولا حالات طارئة أخرى</numerusform>
            <numerusform>%1 · وحالة طارئة أخرى</numerusform>
            <numerusform>%1 · وحالتان طارئتان أخريان</numerusform>
            <numerusform>%1 · و%n حالات طارئة أخرى</numerusform>
            <numerusform>%1 · و%n حالة طارئة أخرى</numerusform>
            <numerusform>%1 · و%n حالة طارئة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the emergency conversation</source>
        <translation>فتح محادثة الحالة الطارئة</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>تأكيد الاستلام</translation>
    </message>
    <message>
        <source>Acknowledge the emergency and stop the alarm</source>
        <translation>تأكيد استلام الحالة الطارئة وإيقاف الإنذار</translation>
    </message>
</context>
<context>
    <name>EraseGuestDialog</name>
    <message>
        <source>Erase the guest&apos;s data</source>
        <translation>محو بيانات الضيف</translation>
    </message>
    <message>
        <source>Erase all personal data of %1?</source>
        <translation>محو كل البيانات الشخصية لـ%1؟</translation>
    </message>
    <message>
        <source>Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.</source>
        <translation>يُحذف نهائيًا اسمه ورقم هاتفه وبريده الإلكتروني وكل رسائله وصوره وذكرياته وحجوزاته. تبقى الأعداد الإحصائية دون أي شيء يدل عليه. لا تفعل ذلك إلا إذا طلبه الضيف.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>أفهم أن هذا لا يمكن التراجع عنه</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>الإبقاء على البيانات</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>محو نهائي</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Knowledge found</source>
        <translation>المعرفة التي وُجدت</translation>
    </message>
    <message>
        <source>Stopped by the guardrails</source>
        <translation>أوقفته ضوابط الأمان</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>المراحل: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GuestPanel</name>
    <message>
        <source>Guest</source>
        <translation>الضيف</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>الغرفة</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>يكتب بـ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>لم يُصنَّف بعد</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>يتولاه</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>ما يتذكره جاك</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>حساسية</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تمييزها كمنجزة</translation>
    </message>
    <message>
        <source>No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.</source>
        <translation>لا مهام لهذا الضيف. يفتح جاك مهمة عندما يطلب شيئًا، مثل المناشف أو إصلاح.</translation>
    </message>
    <message>
        <source>Stay: %1</source>
        <translation>الإقامة: %1</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>محادثات سابقة</translation>
    </message>
    <message>
        <source>Open the conversation on %1 of %2</source>
        <translation>افتح المحادثة عبر %1 بتاريخ %2</translation>
    </message>
</context>
<context>
    <name>GuestProfilePane</name>
    <message>
        <source>Saved the guest&apos;s data to %1</source>
        <translation>حُفظت بيانات الضيف في %1</translation>
    </message>
    <message>
        <source>The guest&apos;s personal data was erased.</source>
        <translation>مُحيت البيانات الشخصية للضيف.</translation>
    </message>
    <message>
        <source>Pick a guest</source>
        <translation>اختر ضيفًا</translation>
    </message>
    <message>
        <source>Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.</source>
        <translation>اختر ضيفًا من القائمة لترى إقاماته ومحادثاته السابقة وما يتذكره جاك عنه.</translation>
    </message>
    <message>
        <source>Save the guest&apos;s data</source>
        <translation>حفظ بيانات الضيف</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)‎</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>البيانات ممحوّة</translation>
    </message>
    <message>
        <source>Known to Jack since %1</source>
        <translation>يعرفه جاك منذ %1</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>تصدير البيانات…</translation>
    </message>
    <message>
        <source>Export the guest&apos;s data to a file</source>
        <translation>تصدير بيانات الضيف إلى ملف</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>محو البيانات…</translation>
    </message>
    <message>
        <source>Erase the guest&apos;s personal data</source>
        <translation>محو البيانات الشخصية للضيف</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>الإقامات</translation>
    </message>
    <message>
        <source>No reservation on record. Stays appear here when the PMS sends them.</source>
        <translation>لا يوجد حجز مسجّل. تظهر الإقامات هنا عندما يرسلها نظام إدارة الفندق.</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>الغرفة %1 · %2</translation>
    </message>
    <message>
        <source>%1 · booking %2</source>
        <translation>%1 · الحجز %2</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>No conversations yet. When the guest writes on any channel, it shows here.</source>
        <translation>لا محادثات بعد. عندما يكتب الضيف عبر أي قناة، تظهر هنا.</translation>
    </message>
    <message>
        <source>Open the %1 conversation in the inbox</source>
        <translation>فتح محادثة %1 في البريد الوارد</translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>فتح ›</translation>
    </message>
    <message>
        <source>What Jack remembers</source>
        <translation>ما يتذكره جاك</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>إضافة ذكرى</translation>
    </message>
    <message>
        <source>Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.</source>
        <translation>لا شيء بعد. يدوّن جاك التفضيلات والحساسيات والمناسبات من المحادثات، ويمكنك إضافة ما تعرفه في الاستقبال.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>GuestRow</name>
    <message>
        <source>%1, room %2, %3</source>
        <translation>%1، الغرفة %2، %3</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No stay on record</source>
        <translation>لا إقامة مسجّلة</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>الضيوف</translation>
    </message>
    <message>
        <source>Today, %1 · %2 in house</source>
        <translation>اليوم، %1 · %2 مقيمون</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or room</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد أو الغرفة</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>البحث عن الضيوف</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Arrivals today, %1</source>
        <translation>الوصول اليوم، %1</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>المقيمون</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>المغادرة</translation>
    </message>
    <message>
        <source>Departures today, %1</source>
        <translation>المغادرة اليوم، %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>All guests, %1</source>
        <translation>كل الضيوف، %1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>إعادة الفحص</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Recent problems (latest %1 of %2)</source>
        <translation>المشكلات الأخيرة (أحدث %1 من %2)</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>المشكلات الأخيرة</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 7 days.</source>
        <translation>لا رسائل فاشلة ولا أخطاء ذكاء اصطناعي في آخر 7 أيام.</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 24 hours.</source>
        <translation>لا رسائل فاشلة ولا أخطاء ذكاء اصطناعي في آخر 24 ساعة.</translation>
    </message>
    <message>
        <source>guest messages</source>
        <translation>رسائل الضيوف</translation>
    </message>
    <message>
        <source>replies by Jack and staff</source>
        <translation>ردود جاك والموظفين</translation>
    </message>
    <message>
        <source>typical first reply (median)</source>
        <translation>زمن الرد الأول المعتاد (الوسيط)</translation>
    </message>
    <message>
        <source>answered without staff</source>
        <translation>أُجيب عنها دون موظفين</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>الرسائل في اليوم</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>الرسائل في الساعة</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>From guests</source>
        <translation>من الضيوف</translation>
    </message>
    <message>
        <source>Time to the first reply (minutes)</source>
        <translation>الوقت حتى الرد الأول (بالدقائق)</translation>
    </message>
    <message>
        <source>Time to the first reply (seconds)</source>
        <translation>الوقت حتى الرد الأول (بالثواني)</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Answered by Jack without staff (%)</source>
        <translation>أجاب عنها جاك دون موظفين (%)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>المتوسط في اليوم</translation>
    </message>
    <message>
        <source>average per hour</source>
        <translation>المتوسط في الساعة</translation>
    </message>
</context>
<context>
    <name>HotelPage</name>
    <message>
        <source>Hotel</source>
        <translation>الفندق</translation>
    </message>
    <message>
        <source>Only an admin can change the hotel&apos;s settings.</source>
        <translation>يمكن للمسؤول فقط تغيير إعدادات الفندق.</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>لديك تغييرات لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Jack uses these details when it answers guests.</source>
        <translation>يستخدم جاك هذه البيانات عند الرد على الضيوف.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>اسم الفندق</translation>
    </message>
    <message>
        <source>Harbourview Hotel</source>
        <translation>فندق إطلالة الميناء</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>https://www.example-hotel.com</source>
        <translation>https://www.example-hotel.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>+351 21 000 0000</source>
        <translation>+971 4 000 0000</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>frontdesk@example-hotel.com</source>
        <translation>frontdesk@example-hotel.com</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Street, postcode, city, country</source>
        <translation>الشارع، الرمز البريدي، المدينة، البلد</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Europe/Lisbon</source>
        <translation>Asia/Dubai</translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone, as a place name such as Europe/Lisbon.</source>
        <translation>المنطقة الزمنية للفندق باسم مكان، مثل Asia/Dubai.</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>الوصول من</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>المغادرة حتى</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Desk opens</source>
        <translation>يفتح الاستقبال</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Desk closes</source>
        <translation>يغلق الاستقبال</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Leave both empty when someone is at the desk around the clock.</source>
        <translation>اترك الحقلين فارغين إذا كان الاستقبال يعمل على مدار الساعة.</translation>
    </message>
    <message>
        <source>Reply outside business hours</source>
        <translation>الرد خارج ساعات العمل</translation>
    </message>
    <message>
        <source>Thank you for your message. Our team is back at 8:00 and will answer you then.</source>
        <translation>شكرًا على رسالتك. سيعود فريقنا في الساعة 8:00 وسيرد عليك حينها.</translation>
    </message>
    <message>
        <source>Kept with the hotel&apos;s settings for now; Jack does not send it on its own yet.</source>
        <translation>تُحفظ مع إعدادات الفندق حاليًا؛ لا يرسلها جاك تلقائيًا بعد.</translation>
    </message>
    <message>
        <source>Languages and address</source>
        <translation>اللغات والعنوان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>en, pt, es</source>
        <translation>ar, en, fr</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own language first. Staff read translations into it.</source>
        <translation>رموز من حرفين، لغة الفندق أولًا. يقرأ الموظفون الترجمات بها.</translation>
    </message>
    <message>
        <source>Public address of this hub</source>
        <translation>العنوان العام لهذا الخادم</translation>
    </message>
    <message>
        <source>https://jack.example-hotel.com</source>
        <translation>https://jack.example-hotel.com</translation>
    </message>
    <message>
        <source>Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.</source>
        <translation>العنوان الذي يصل منه واتساب وTwilio والمزوّدون الآخرون إلى الخادم. اتركه فارغًا ما دام لا شيء خارجي يحتاجه.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ImportCandidateModel</name>
    <message>
        <source>Jack already knows this (%1% the same): left out unless you tick it.</source>
        <translation>يعرف جاك هذا مسبقًا (متطابق بنسبة %1%): يُستبعد ما لم تحدده.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from the website</source>
        <translation>استيراد من الموقع</translation>
    </message>
    <message>
        <source>Step 2 of 2: review</source>
        <translation>الخطوة 2 من 2: المراجعة</translation>
    </message>
    <message>
        <source>Step 1 of 2: the address</source>
        <translation>الخطوة 1 من 2: العنوان</translation>
    </message>
    <message>
        <source>Jack reads the hotel&apos;s pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.</source>
        <translation>يقرأ جاك صفحات الفندق (الصفحة الرئيسية والصفحات المرتبطة بها في الموقع نفسه) ويقترح مُدخلًا لكل قسم. لا يُحفظ شيء حتى تراجع وتستورد.</translation>
    </message>
    <message>
        <source>https://www.your-hotel.com/</source>
        <translation>https://www.your-hotel.com/</translation>
    </message>
    <message>
        <source>Website address</source>
        <translation>عنوان الموقع</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>Up to 5 pages</source>
        <translation>حتى 5 صفحات</translation>
    </message>
    <message>
        <source>Up to 10 pages</source>
        <translation>حتى 10 صفحات</translation>
    </message>
    <message>
        <source>Up to 20 pages</source>
        <translation>حتى 20 صفحة</translation>
    </message>
    <message>
        <source>How many pages to read</source>
        <translation>عدد الصفحات المراد قراءتها</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>قراءة الموقع</translation>
    </message>
    <message>
        <source>Reading the website. This can take up to 45 seconds.</source>
        <translation>جارٍ قراءة الموقع. قد يستغرق ذلك حتى 45 ثانية.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>المُدخلات المقترحة</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>استيراد «%1»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
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
        <source>Import %1 entries</source>
        <translation>استيراد المُدخلات (%1)</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Inbox</source>
        <translation>البريد الوارد</translation>
    </message>
    <message>
        <source>Search name, room or message</source>
        <translation>ابحث بالاسم أو الغرفة أو الرسالة</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>البحث في البريد الوارد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>بحاجة إليك</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>لي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>لا نتائج لـ«%1»</translation>
    </message>
    <message>
        <source>No guests waiting for you</source>
        <translation>لا ضيوف بانتظارك</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>لا شيء مُسند إليك</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>لم يُحلّ شيء بعد</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>لا توجد محادثات بعد</translation>
    </message>
    <message>
        <source>All quiet</source>
        <translation>كل شيء هادئ</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message.</source>
        <translation>جرّب اسم ضيف أو رقم غرفة أو كلمة من الرسالة.</translation>
    </message>
    <message>
        <source>Jack is handling one conversation. Anything he hands over shows up here.</source>
        <translation>يتولى جاك محادثة واحدة. كل ما يحيله إليك يظهر هنا.</translation>
    </message>
    <message>
        <source>Jack is handling %1 conversations. Anything he hands over shows up here.</source>
        <translation>يتولى جاك %1 محادثات. كل ما يحيله إليك يظهر هنا.</translation>
    </message>
    <message>
        <source>Open a conversation and choose “Assign to me” to keep it on this list.</source>
        <translation>افتح محادثة واختر «إسنادها إليّ» لإبقائها في هذه القائمة.</translation>
    </message>
    <message>
        <source>Conversations you or Jack resolve move here.</source>
        <translation>تنتقل إلى هنا المحادثات التي تحلّها أنت أو جاك.</translation>
    </message>
    <message>
        <source>When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.</source>
        <translation>عندما يكتب ضيف عبر واتساب أو الرسائل القصيرة أو البريد الإلكتروني أو دردشة الموقع، تظهر المحادثة هنا.</translation>
    </message>
    <message>
        <source>Every open conversation is resolved. New messages from guests appear here.</source>
        <translation>تم حل كل المحادثات المفتوحة. تظهر رسائل الضيوف الجديدة هنا.</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 غير مقروءة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>المؤجلة</translation>
    </message>
    <message>
        <source>Loading more conversations…</source>
        <translation>جارٍ تحميل مزيد من المحادثات…</translation>
    </message>
    <message>
        <source>Nothing here on this channel</source>
        <translation>لا شيء في هذه القناة</translation>
    </message>
    <message>
        <source>Everything has someone on it</source>
        <translation>لكل شيء من يتولاه</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>لا شيء مؤجل</translation>
    </message>
    <message>
        <source>Choose “All channels” above to see every conversation.</source>
        <translation>اختر «كل القنوات» في الأعلى لترى كل المحادثات.</translation>
    </message>
    <message>
        <source>Every open conversation is assigned to someone.</source>
        <translation>كل محادثة مفتوحة مُسندة إلى أحد.</translation>
    </message>
    <message>
        <source>Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.</source>
        <translation>أجّل محادثة من رأسها لإخفائها حتى وقت لاحق. تعود في موعدها، أو فور أن يكتب الضيف.</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>Pick an entry to read or change it</source>
        <translation>اختر مُدخلًا لقراءته أو تغييره</translation>
    </message>
    <message>
        <source>Pick an entry to read it</source>
        <translation>اختر مُدخلًا لقراءته</translation>
    </message>
    <message>
        <source>Or add a new one. Jack answers guests only from what is written here.</source>
        <translation>أو أضف مُدخلًا جديدًا. لا يجيب جاك الضيوف إلا بما هو مكتوب هنا.</translation>
    </message>
    <message>
        <source>Jack answers guests only from what is written here. Use “Test a question” to see what he would say.</source>
        <translation>لا يجيب جاك الضيوف إلا بما هو مكتوب هنا. استخدم «اختبار سؤال» لترى ما سيقوله.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>حذف المُدخل</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>حذف «%1»؟</translation>
    </message>
    <message>
        <source>Jack will no longer answer from it. This cannot be undone.</source>
        <translation>لن يجيب جاك منه بعد الآن. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>مُدخل جديد</translation>
    </message>
    <message>
        <source>You can read the knowledge base. Only a manager or an admin can change it.</source>
        <translation>يمكنك قراءة قاعدة المعرفة. لا يغيّرها إلا مدير أو مسؤول النظام.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>e.g. Breakfast times</source>
        <translation>مثلًا: مواعيد الإفطار</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Priority: higher wins when entries overlap</source>
        <translation>الأولوية: الأعلى يغلب عند التداخل</translation>
    </message>
    <message>
        <source>Higher wins when two entries answer the same question</source>
        <translation>الأعلى يغلب عندما يجيب مُدخلان عن السؤال نفسه</translation>
    </message>
    <message>
        <source>What Jack may tell guests</source>
        <translation>ما يجوز لجاك أن يقوله للضيوف</translation>
    </message>
    <message>
        <source>Write it as you would tell a guest: times, prices, where to go.</source>
        <translation>اكتبه كما تقوله لضيف: المواعيد والأسعار والمكان.</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <source>Words guests use, separated by commas: wifi, internet, password</source>
        <translation>كلمات يستخدمها الضيوف، مفصولة بفواصل: واي فاي، إنترنت، كلمة المرور</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>مستورد من %1</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>إضافة المُدخل</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>KnowledgeEntryModel</name>
    <message>
        <source>Amenities</source>
        <translation>المرافق</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>الطعام</translation>
    </message>
    <message>
        <source>Questions guests ask</source>
        <translation>أسئلة الضيوف</translation>
    </message>
    <message>
        <source>Local info</source>
        <translation>معلومات محلية</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>السياسات</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>الغرف</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge</source>
        <translation>المعرفة</translation>
    </message>
    <message>
        <source>%1 entries Jack answers from</source>
        <translation>المُدخلات التي يجيب منها جاك: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>مُدخل جديد</translation>
    </message>
    <message>
        <source>Filter by word</source>
        <translation>التصفية بكلمة</translation>
    </message>
    <message>
        <source>Filter the knowledge base</source>
        <translation>تصفية قاعدة المعرفة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Import from website…</source>
        <translation>استيراد من الموقع…</translation>
    </message>
    <message>
        <source>Import entries from the hotel&apos;s website</source>
        <translation>استيراد مُدخلات من موقع الفندق</translation>
    </message>
    <message>
        <source>Knowledge entries</source>
        <translation>مُدخلات المعرفة</translation>
    </message>
    <message>
        <source>The knowledge base is empty</source>
        <translation>قاعدة المعرفة فارغة</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>لا يطابق أي مُدخل</translation>
    </message>
    <message>
        <source>Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.</source>
        <translation>أضف ما يسأل عنه الضيوف، كمواعيد الإفطار والواي فاي والموقف، ليتمكن جاك من الإجابة.</translation>
    </message>
    <message>
        <source>Ask a manager to add what guests ask about, so Jack can answer them.</source>
        <translation>اطلب من مدير إضافة ما يسأل عنه الضيوف ليتمكن جاك من الإجابة.</translation>
    </message>
    <message>
        <source>Try another word or “All categories”.</source>
        <translation>جرّب كلمة أخرى أو «كل الفئات».</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <source>Read entry</source>
        <translation>قراءة المُدخل</translation>
    </message>
    <message>
        <source>Test a question</source>
        <translation>اختبار سؤال</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Jack The Butler</source>
        <translation>Jack The Butler</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Jack&apos;s hub did not start: %1</source>
        <translation>لم يبدأ خادم جاك: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>الخادم: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Jack The Butler — %1</source>
        <translation>Jack The Butler — %1</translation>
    </message>
    <message>
        <source>Jack The Butler</source>
        <translation>Jack The Butler</translation>
    </message>
</context>
<context>
    <name>MediaAttachment</name>
    <message>
        <source>Photo: %1</source>
        <translation>صورة: %1</translation>
    </message>
    <message>
        <source>The photo could not be loaded</source>
        <translation>تعذّر تحميل الصورة</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>جارٍ تحميل الصورة…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Edit memory</source>
        <translation>تعديل الذكرى</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>إضافة ذكرى</translation>
    </message>
    <message>
        <source>Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.</source>
        <translation>يستخدم جاك هذا في المحادثات اللاحقة. لا تدوّن أبدًا أرقام البطاقات أو جوازات السفر ولا تفاصيل صحية غير الحساسية.</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>نوع الذكرى</translation>
    </message>
    <message>
        <source>e.g. Prefers a high floor</source>
        <translation>مثلًا: يفضّل طابقًا مرتفعًا</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>ما يجب تذكّره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>MentionBanner</name>
    <message>
        <source>%1 mentioned you in %2&apos;s conversation: “%3”</source>
        <translation>أشار إليك %1 في محادثة %2: «%3»</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note: “%2”</source>
        <translation>أشار إليك %1 في ملاحظة: «%2»</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the mention</source>
        <translation>تجاهل الإشارة</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>on %1</source>
        <translation>عبر %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>لماذا قال جاك هذا؟</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>كيف فهم جاك هذه الرسالة</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>مترجمة: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>أرسل هذه الرسالة مجددًا</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Now on %1</source>
        <translation>الآن عبر %1</translation>
    </message>
    <message>
        <source>Create task from this message…</source>
        <translation>إنشاء مهمة من هذه الرسالة…</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ مهمة</translation>
    </message>
    <message>
        <source>Create a task from this message</source>
        <translation>إنشاء مهمة من هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>could not be downloaded</source>
        <translation>تعذّر تنزيله</translation>
    </message>
    <message>
        <source>could not be downloaded: %1</source>
        <translation>تعذّر تنزيله: %1</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Jack The Butler</source>
        <translation>Jack The Butler</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>المظهر</translation>
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
        <source>Same as the desktop</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>صوت التنبيه</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>مستوى صوت التنبيه</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>الضيوف</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>المعرفة</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note by %1, mentions you: %2</source>
        <translation>ملاحظة داخلية من %1، تشير إليك: %2</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>ملاحظة داخلية من %1: %2</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>ملاحظة داخلية · %1</translation>
    </message>
    <message>
        <source>mentioned you</source>
        <translation>يشير إليك</translation>
    </message>
    <message>
        <source>Not sent to the guest</source>
        <translation>لا تُرسل إلى الضيف</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Internal note: only staff see it. Nothing here is sent to the guest.</source>
        <translation>ملاحظة داخلية: لا يراها إلا الموظفون، ولا يُرسل منها شيء إلى الضيف.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Note for your colleagues… type @ to mention someone</source>
        <translation>ملاحظة لزملائك… اكتب @ للإشارة إلى أحدهم</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <source>Add the internal note</source>
        <translation>إضافة الملاحظة الداخلية</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save · @ to mention a colleague, who is told</source>
        <translation>Ctrl+Enter للحفظ · @ للإشارة إلى زميل فيُبلَّغ</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>زملاء للإشارة إليهم</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>الإشارة إلى %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>محرك جاك دون اتصال</translation>
    </message>
    <message>
        <source>Jack handed this conversation to a person</source>
        <translation>أحال جاك هذه المحادثة إلى موظف</translation>
    </message>
    <message>
        <source>Jack stayed quiet: a person is handling this conversation</source>
        <translation>لم يرد جاك: موظف يتولى هذه المحادثة</translation>
    </message>
    <message>
        <source>Jack answered on his own</source>
        <translation>أجاب جاك بنفسه</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>أجاب</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>فُهمت على أنها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>لماذا موظف</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out, about $%3</source>
        <translation>%1 رمز دخل، %2 خرج، نحو %3 دولار</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>%1 ms waiting for %2, %3 ms in Jack</source>
        <translation>%1 مللي ثانية بانتظار %2، و%3 مللي ثانية في جاك</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>لماذا قال جاك هذا؟</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>كيف فهم جاك هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 يرد…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 يردون…</translation>
    </message>
    <message>
        <source>Guest is typing…</source>
        <translation>الضيف يكتب…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 يطّلع عليها</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 يطّلعون عليها</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a guest, room, message or screen…</source>
        <translation>انتقل إلى ضيف أو غرفة أو رسالة أو شاشة…</translation>
    </message>
    <message>
        <source>Quick switcher: type to search</source>
        <translation>التنقل السريع: اكتب للبحث</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Screen: %1</source>
        <translation>الشاشة: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>شاشة</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>لا نتائج لـ«%1»</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message. Only open conversations are searched.</source>
        <translation>جرّب اسم ضيف أو رقم غرفة أو كلمة من الرسالة. يشمل البحث المحادثات المفتوحة فقط.</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ للاختيار · Enter للفتح · Esc للإغلاق</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Attach a file for %1</source>
        <translation>إرفاق ملف لـ%1</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>الصور والمستندات (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — send an approved template.</source>
        <translation>نافذة واتساب ذات الـ24 ساعة مغلقة — أرسل قالبًا معتمدًا.</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.</source>
        <translation>نافذة واتساب ذات الـ24 ساعة مغلقة — لا يصل إلى الضيف إلا قالب معتمد، ولا يوجد قالب مُعدّ. اتصل بالضيف أو انتظر حتى يكتب مجددًا.</translation>
    </message>
    <message>
        <source>Jack is reading the conversation…</source>
        <translation>جاك يقرأ المحادثة…</translation>
    </message>
    <message>
        <source>Jack&apos;s draft is in the reply box: check it, change it, send it.</source>
        <translation>مسودة جاك في مربع الرد: راجعها وعدّلها ثم أرسلها.</translation>
    </message>
    <message>
        <source>Jack can summarise this conversation and draft a reply.</source>
        <translation>يستطيع جاك تلخيص هذه المحادثة وصياغة رد.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>اقترح ردًا</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>جارٍ إرسال %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>مرفق: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>أضف تعليقًا (اختياري)…</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>الرد على %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>اكتب ردًا…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translation>إرفاق صورة أو مستند</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>%1, long message</source>
        <translation>%1، رسالة طويلة</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · %1</source>
        <translation>Ctrl+Enter للإرسال · %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter للإرسال</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>ترجمة إلى %1</translation>
    </message>
    <message>
        <source>Translate for the guest</source>
        <translation>ترجمة للضيف</translation>
    </message>
    <message>
        <source>Replying on %1</source>
        <translation>الرد عبر %1</translation>
    </message>
</context>
<context>
    <name>SegmentButton</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>SendWarning</name>
    <message>
        <source>%1 is replying to this guest. Send anyway?</source>
        <translation>%1 يرد على هذا الضيف. هل تريد الإرسال على أي حال؟</translation>
    </message>
    <message>
        <source>%1 replied to this guest a moment ago. Send anyway?</source>
        <translation>ردّ %1 على هذا الضيف قبل لحظات. هل تريد الإرسال على أي حال؟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel, do not send</source>
        <translation>إلغاء، لا ترسل</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>أرسل على أي حال</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (مطلوب)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>Channels, AI, hotel systems</source>
        <translation>قنوات، ذكاء اصطناعي، أنظمة</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>الموظفون والأدوار</translation>
    </message>
    <message>
        <source>Who can sign in, and as what</source>
        <translation>من يمكنه تسجيل الدخول وبأي دور</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>الفندق</translation>
    </message>
    <message>
        <source>Profile, hours, languages</source>
        <translation>الملف، المواعيد، اللغات</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an admin can change them.</source>
        <translation>يمكنك الاطلاع على هذه الإعدادات. يمكن للمسؤول فقط تغييرها.</translation>
    </message>
</context>
<context>
    <name>SettingsToggle</name>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Jack The Butler</source>
        <translation>إعداد Jack The Butler</translation>
    </message>
    <message>
        <source>Step %1 of 5 · about five minutes</source>
        <translation>الخطوة %1 من 5 · نحو خمس دقائق</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>الفندق</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>حسابك</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>المعرفة</translation>
    </message>
    <message>
        <source>Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.</source>
        <translation>عرّف جاك بفندقك. يرى الضيوف الاسم، وتساعد المنطقة الزمنية والمواعيد جاك على الإجابة عن أسئلة مثل «متى موعد المغادرة؟».</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>اسم الفندق</translation>
    </message>
    <message>
        <source>e.g. Harbour View Hotel</source>
        <translation>مثال: فندق إطلالة الميناء</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>As in Europe/Lisbon or America/New_York</source>
        <translation>مثل Asia/Dubai أو Africa/Cairo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own first</source>
        <translation>رموز من حرفين، لغة الفندق أولًا</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>الوصول من</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>المغادرة حتى</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>الهاتف (اختياري)</translation>
    </message>
    <message>
        <source>Create your own account. It is the hotel&apos;s first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.</source>
        <translation>أنشئ حسابك الخاص. إنه أول حساب مسؤول في الفندق: يمكنه إضافة موظفين وربط القنوات وتغيير الإعدادات. ليس لجاك كلمة مرور افتراضية — هذا الحساب هو الطريقة الوحيدة للدخول، فاحفظ كلمة المرور في مكان آمن.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>e.g. Ana Pereira</source>
        <translation>مثال: سارة أحمد</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>At least 10 characters; a short sentence works well</source>
        <translation>10 أحرف على الأقل؛ جملة قصيرة خيار جيد</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>Choose how Jack writes to guests. You can change this any time in Settings.</source>
        <translation>اختر كيف يكتب جاك إلى الضيوف. يمكنك تغيير ذلك في أي وقت من الإعدادات.</translation>
    </message>
    <message>
        <source>Offline — built into Jack</source>
        <translation>دون اتصال — مدمج في جاك</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>موصى به للبدء</translation>
    </message>
    <message>
        <source>Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.</source>
        <translation>يجيب جاك من قاعدة المعرفة لديك ويحيل كل ما عدا ذلك إلى الموظفين. لا يغادر أي شيء هذا الحاسوب، وهو مجاني.</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)‎</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.</source>
        <translation>ردود طبيعية بلغات كثيرة. يحتاج إلى مفتاح API من console.anthropic.com، ويحاسب المزوّد على كل رسالة.</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.</source>
        <translation>ردود طبيعية بلغات كثيرة. يحتاج إلى مفتاح API من platform.openai.com، ويحاسب المزوّد على كل رسالة.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Test the key</source>
        <translation>اختبار المفتاح</translation>
    </message>
    <message>
        <source>✓ The key works (%1 ms): %2</source>
        <translation>✓ المفتاح يعمل (%1 مللي ثانية): %2</translation>
    </message>
    <message>
        <source>✗ The key did not work: %1</source>
        <translation>✗ لم يعمل المفتاح: %1</translation>
    </message>
    <message>
        <source>Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.</source>
        <translation>أين يمكن للضيوف مراسلة جاك. تعمل دردشة الموقع فورًا على موقعك؛ أما القنوات الأخرى فتحتاج إلى حسابك لدى المزوّد وتُربط من الإعدادات ← التطبيقات.</translation>
    </message>
    <message>
        <source>Built in: add the chat to your website later with one line of code.</source>
        <translation>مدمج: أضف الدردشة إلى موقعك لاحقًا بسطر برمجي واحد.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connect later in Settings → Apps</source>
        <translation>اربطها لاحقًا من الإعدادات ← التطبيقات</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>تفعيل %1</translation>
    </message>
    <message>
        <source>Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.</source>
        <translation>يجيب جاك الضيوف مما يعرفه عن الفندق. أعطه موقعك وسيلتقط مواعيد العمل والإفطار ومواقف السيارات وما شابه. يمكنك مراجعة الإجابات وإضافتها لاحقًا من قسم المعرفة.</translation>
    </message>
    <message>
        <source>Hotel website</source>
        <translation>موقع الفندق</translation>
    </message>
    <message>
        <source>https://www.your-hotel.example</source>
        <translation>https://www.your-hotel.example</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>قراءة الموقع</translation>
    </message>
    <message numerus="yes">
        <source>Jack found %n answer(s):</source>
        <translation>
            <numerusform>لم يجد جاك أي إجابة:</numerusform>
            <numerusform>وجد جاك إجابة واحدة:</numerusform>
            <numerusform>وجد جاك إجابتين:</numerusform>
            <numerusform>وجد جاك %n إجابات:</numerusform>
            <numerusform>وجد جاك %n إجابة:</numerusform>
            <numerusform>وجد جاك %n إجابة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Jack is ready for %1</source>
        <translation>جاك جاهز لـ%1</translation>
    </message>
    <message>
        <source>your hotel</source>
        <translation>فندقك</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from your website. </source>
        <translation>
            <numerusform>لم تُستورد أي إجابة من موقعك. </numerusform>
            <numerusform>استُوردت إجابة واحدة من موقعك. </numerusform>
            <numerusform>استُوردت إجابتان من موقعك. </numerusform>
            <numerusform>استُوردت %n إجابات من موقعك. </numerusform>
            <numerusform>استُوردت %n إجابة من موقعك. </numerusform>
            <numerusform>استُوردت %n إجابة من موقعك. </numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.</source>
        <translation>سجّلت الدخول بصفتك المسؤول. أضف زملاءك واربط واتساب أو الرسائل القصيرة أو البريد الإلكتروني من الإعدادات.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>التخطي الآن</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>Use offline AI</source>
        <translation>استخدام الذكاء الاصطناعي دون اتصال</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>استخدام هذا المزوّد</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s)</source>
        <translation>
            <numerusform>لا إجابات للاستيراد</numerusform>
            <numerusform>استيراد إجابة واحدة</numerusform>
            <numerusform>استيراد إجابتين</numerusform>
            <numerusform>استيراد %n إجابات</numerusform>
            <numerusform>استيراد %n إجابة</numerusform>
            <numerusform>استيراد %n إجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>فتح لوحة الاستقبال</translation>
    </message>
</context>
<context>
    <name>SnoozeButton</name>
    <message>
        <source>Wake now</source>
        <translation>إيقاظ الآن</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Snoozed %1. Wake it now</source>
        <translation>مؤجلة %1. أيقظها الآن</translation>
    </message>
    <message>
        <source>Snooze this conversation</source>
        <translation>تأجيل هذه المحادثة</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>مؤجلة %1</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Choose someone</source>
        <translation>اختر شخصًا</translation>
    </message>
    <message>
        <source>Pick a member of staff to change their role, department or password, or add someone new.</source>
        <translation>اختر أحد الموظفين لتغيير دوره أو قسمه أو كلمة مروره، أو أضف شخصًا جديدًا.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>E-mail (used to sign in)</source>
        <translation>البريد الإلكتروني (لتسجيل الدخول)</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>An e-mail cannot change. Add a new account instead.</source>
        <translation>لا يمكن تغيير البريد الإلكتروني. أضف حسابًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Ana Ribeiro</source>
        <translation>ليلى حسن</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>You cannot take away your own admin rights.</source>
        <translation>لا يمكنك إزالة صلاحيات المسؤول عن نفسك.</translation>
    </message>
    <message>
        <source>The hotel needs at least one admin: make someone else an admin first.</source>
        <translation>يحتاج الفندق إلى مسؤول واحد على الأقل: اجعل شخصًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>front_desk, housekeeping…</source>
        <translation>front_desk, housekeeping…</translation>
    </message>
    <message>
        <source>Optional. Tasks for this department go to this person&apos;s board.</source>
        <translation>اختياري. تذهب مهام هذا القسم إلى لوحة هذا الشخص.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>At least 10 characters. Give it to them in person; it is never shown again.</source>
        <translation>10 أحرف على الأقل. سلّمها للشخص بنفسك؛ لن تُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>معطّل: لا يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>At least 10 characters. They are signed out everywhere and sign in again with it.</source>
        <translation>10 أحرف على الأقل. يُسجَّل خروجه من كل مكان ويدخل مجددًا بها.</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>حذف الحساب</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their tasks and conversations stay, unassigned.</source>
        <translation>حذف %1 نهائيًا؟ تبقى مهامه ومحادثاته دون إسناد.</translation>
    </message>
    <message>
        <source>Deactivating keeps the account for later; deleting removes it.</source>
        <translation>التعطيل يحتفظ بالحساب لوقت لاحق؛ والحذف يزيله.</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>لا يمكنك حذف حسابك.</translation>
    </message>
    <message>
        <source>The last admin cannot be deleted.</source>
        <translation>لا يمكن حذف آخر مسؤول.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>نعم، احذف</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff and roles</source>
        <translation>الموظفون والأدوار</translation>
    </message>
    <message>
        <source>Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.</source>
        <translation>يرد الموظفون على الضيوف ويتولون المهام. ويعدّل المديرون أيضًا قاعدة المعرفة ويختبرون التطبيقات. ويغيّر المسؤولون كل الإعدادات.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>The staff list could not be loaded</source>
        <translation>تعذّر تحميل قائمة الموظفين</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>لا أحد هنا بعد</translation>
    </message>
    <message>
        <source>Add the people who work at the desk so each signs in with their own account.</source>
        <translation>أضف العاملين في الاستقبال ليسجّل كلٌّ منهم الدخول بحسابه الخاص.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>%1, %2, %3, deactivated</source>
        <translation>%1، %2، %3، معطّل</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StepMarker</name>
    <message>
        <source>Step %1, %2, done</source>
        <translation>الخطوة %1، %2، مكتملة</translation>
    </message>
    <message>
        <source>Step %1, %2, current</source>
        <translation>الخطوة %1، %2، الحالية</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>الخطوة %1، %2</translation>
    </message>
</context>
<context>
    <name>SystemLine</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>TaskRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>إجراءات أخرى</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>فتح المحادثة</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1، %2، %3، %4</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>لك</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>تولَّها</translation>
    </message>
    <message>
        <source>Assign this task to me</source>
        <translation>إسناد هذه المهمة إليّ</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 مفتوحة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>لا مهام منجزة بعد</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>لا شيء لفعله الآن</translation>
    </message>
    <message>
        <source>Tasks you mark as done are listed here.</source>
        <translation>تظهر هنا المهام التي تميّزها كمنجزة.</translation>
    </message>
    <message>
        <source>When a guest asks for something, Jack opens a task for the right department and it appears here.</source>
        <translation>عندما يطلب ضيف شيئًا، يفتح جاك مهمة للقسم المناسب فتظهر هنا.</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 متأخرة</translation>
    </message>
    <message>
        <source>%1 high priority</source>
        <translation>%1 عالية الأولوية</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>كل الأولويات</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>No tasks match these filters</source>
        <translation>لا مهام تطابق هذه المرشحات</translation>
    </message>
    <message>
        <source>Choose “All priorities” and “All departments” to see every task.</source>
        <translation>اختر «كل الأولويات» و«كل الأقسام» لترى كل المهام.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>اختر قالبًا</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>قالب معتمد</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>إرسال القالب</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>قيمة {{%1}}</translation>
    </message>
    <message>
        <source>Template value %1</source>
        <translation>قيمة القالب %1</translation>
    </message>
</context>
<context>
    <name>TestQuestionPanel</name>
    <message>
        <source>Test a question</source>
        <translation>اختبار سؤال</translation>
    </message>
    <message>
        <source>Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.</source>
        <translation>اسأل كما يسأل الضيف. سترى ما سيجيب به جاك والمُدخلات التي استخدمها، ولا يُرسل شيء إلى أحد.</translation>
    </message>
    <message>
        <source>e.g. What is the Wi-Fi password?</source>
        <translation>مثلًا: ما كلمة مرور الواي فاي؟</translation>
    </message>
    <message>
        <source>Question to test</source>
        <translation>السؤال المراد اختباره</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>جارٍ السؤال…</translation>
    </message>
    <message>
        <source>Ask Jack</source>
        <translation>اسأل جاك</translation>
    </message>
    <message>
        <source>Is breakfast included?</source>
        <translation>هل الإفطار مشمول؟</translation>
    </message>
    <message>
        <source>Can I check out late?</source>
        <translation>هل يمكنني تسجيل المغادرة متأخرًا؟</translation>
    </message>
    <message>
        <source>¿Cuál es la contraseña del wifi?</source>
        <translation>¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Where can I park?</source>
        <translation>أين يمكنني ركن السيارة؟</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>جرّب: %1</translation>
    </message>
    <message>
        <source>Jack would answer</source>
        <translation>سيجيب جاك</translation>
    </message>
    <message>
        <source>Would hand over to staff</source>
        <translation>سيحيله إلى الموظفين</translation>
    </message>
    <message>
        <source>Why: the entries Jack used</source>
        <translation>السبب: المُدخلات التي استخدمها جاك</translation>
    </message>
    <message>
        <source>No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.</source>
        <translation>لا يجيب أي مُدخل عن هذا، لذا سيعطي جاك رده المؤقت أو يحيله. أضف مُدخلًا يجيب عنه.</translation>
    </message>
    <message>
        <source>%1, %2. Open the entry</source>
        <translation>%1، %2. فتح المُدخل</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Unknown guest</source>
        <translation>ضيف غير معروف</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>بحاجة إليك</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Jack handling</source>
        <translation>يتولاها جاك</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>بانتظار الضيف</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة قصيرة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>دردشة الموقع</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>حساسية</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>تفضيل</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>عادة</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>مناسبة</translation>
    </message>
    <message>
        <source>now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <source>opened just now</source>
        <translation>فُتحت للتو</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>فُتحت منذ %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Not sent yet, retrying: %1</source>
        <translation>لم تُرسل بعد، جارٍ إعادة المحاولة: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>سُلّمت</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>لم تُسلَّم</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>لم تُسلَّم: %1</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (%2 محاولات)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>رسالة صوتية</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>ملصق</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
    <message>
        <source>Towels</source>
        <translation>مناشف</translation>
    </message>
    <message>
        <source>Room cleaning</source>
        <translation>تنظيف الغرفة</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>مستلزمات الضيافة</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>غسيل الملابس</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>Something broken</source>
        <translation>عطل ما</translation>
    </message>
    <message>
        <source>Wi-Fi not working</source>
        <translation>الواي فاي لا يعمل</translation>
    </message>
    <message>
        <source>Room service</source>
        <translation>خدمة الغرف</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>الكونسيرج</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>المواصلات</translation>
    </message>
    <message>
        <source>Special occasion</source>
        <translation>مناسبة خاصة</translation>
    </message>
    <message>
        <source>Wake-up call</source>
        <translation>مكالمة إيقاظ</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>الأمتعة</translation>
    </message>
    <message>
        <source>Room change</source>
        <translation>تغيير الغرفة</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>المفقودات</translation>
    </message>
    <message>
        <source>Locked out / key card</source>
        <translation>لا يستطيع الدخول / بطاقة المفتاح</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ضوضاء</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>تعديل الحجز</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>مغادرة متأخرة</translation>
    </message>
    <message>
        <source>Early check-in</source>
        <translation>وصول مبكر</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>يريد موظفًا</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>إطراء</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طارئ</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>تحية</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>وداع</translation>
    </message>
    <message>
        <source>Unclear request</source>
        <translation>طلب غير واضح</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>سؤال: %1</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>التدبير المنزلي</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>الصيانة</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسندة</translation>
    </message>
    <message>
        <source>Housekeeping request</source>
        <translation>طلب تدبير منزلي</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Concierge request</source>
        <translation>طلب للكونسيرج</translation>
    </message>
    <message>
        <source>Call back the guest</source>
        <translation>معاودة الاتصال بالضيف</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>until tomorrow %1</source>
        <translation>حتى الغد %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>حتى %1، %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>متأخرة %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>مستحقة الآن</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>مستحقة خلال %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AlertWatch</name>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation>%1 يحتاج إليك</translation>
    </message>
    <message>
        <source>Task overdue: %1</source>
        <translation>مهمة متأخرة: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>مستحقة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>لا مهام متأخرة</numerusform>
            <numerusform>مهمة واحدة متأخرة</numerusform>
            <numerusform>مهمتان متأخرتان</numerusform>
            <numerusform>%n مهام متأخرة</numerusform>
            <numerusform>%n مهمة متأخرة</numerusform>
            <numerusform>%n مهمة متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the task board to see them.</source>
        <translation>افتح لوحة المهام لرؤيتها.</translation>
    </message>
    <message>
        <source>Rooms %1</source>
        <translation>الغرف %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>حالة طارئة</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>حالة طارئة: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppCatalogModel</name>
    <message>
        <source>Guest channels</source>
        <translation>قنوات الضيوف</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>مزوّدو الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Hotel systems (PMS)</source>
        <translation>أنظمة الفندق (PMS)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>غير مُعدّ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>يعمل: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مشكلة: %1</translation>
    </message>
    <message>
        <source>Always available; answers when no other AI provider is on.</source>
        <translation>متاح دائمًا؛ يرد عندما لا يكون أي مزوّد ذكاء اصطناعي آخر مفعّلًا.</translation>
    </message>
    <message>
        <source>Needs its settings before it can be switched on.</source>
        <translation>يحتاج إلى إعداداته قبل أن يمكن تفعيله.</translation>
    </message>
    <message>
        <source>Set up but switched off.</source>
        <translation>مُعدّ لكنه متوقف.</translation>
    </message>
    <message>
        <source>Switched on. Use Test connection to check it reaches the provider.</source>
        <translation>مفعّل. استخدم «اختبار الاتصال» للتحقق من وصوله إلى المزوّد.</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppConfigForm</name>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Saved (%1). Type a new value to replace it.</source>
        <translation>محفوظ (%1). اكتب قيمة جديدة لاستبدالها.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>الافتراضي: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can run a test.</source>
        <translation>يمكن للمدير أو المسؤول فقط إجراء اختبار.</translation>
    </message>
</context>
<context>
    <name>jack::desk::CannedResponseModel</name>
    <message>
        <source>The canned responses could not be loaded: the hub cannot be reached.</source>
        <translation>تعذّر تحميل الردود الجاهزة: يتعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The canned responses could not be loaded: %1</source>
        <translation>تعذّر تحميل الردود الجاهزة: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::ConversationListModel</name>
    <message>
        <source>Jack: %1</source>
        <translation>جاك: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
</context>
<context>
    <name>jack::desk::Desk</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>تعذّر فتح الملف: %1</translation>
    </message>
    <message>
        <source>Jack kept no record for this message</source>
        <translation>لم يحتفظ جاك بسجل لهذه الرسالة</translation>
    </message>
    <message>
        <source>Could not load why Jack said this: %1</source>
        <translation>تعذّر تحميل سبب قول جاك لهذا: %1</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>تعذّر تحميل البريد الوارد: %1</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>تعذّر تحميل المهام: %1</translation>
    </message>
    <message>
        <source>Jack could not suggest a reply: %1</source>
        <translation>لم يتمكن جاك من اقتراح رد: %1</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>تعذّر تحميل الرسائل: %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>لم تُسند بعد</translation>
    </message>
    <message>
        <source>Jack is handling this</source>
        <translation>جاك يتولى هذا</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>مُسندة إليك</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>مُسندة إلى %1</translation>
    </message>
    <message>
        <source>Assigned to a colleague</source>
        <translation>مُسندة إلى زميل</translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation>تعذّر التصعيد: %1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>تعذّر الحل: %1</translation>
    </message>
    <message>
        <source>Could not reopen: %1</source>
        <translation>تعذّرت إعادة الفتح: %1</translation>
    </message>
    <message>
        <source>Could not assign the conversation: %1</source>
        <translation>تعذّر إسناد المحادثة: %1</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>القالب «%1»</translation>
    </message>
    <message>
        <source>The message could not be sent again: %1</source>
        <translation>تعذّرت إعادة إرسال الرسالة: %1</translation>
    </message>
    <message>
        <source>WhatsApp did not take the reply: the 24-hour window is closed, so only an approved template can reach the guest now. (%1)</source>
        <translation>لم يقبل واتساب الرد: نافذة الـ24 ساعة مغلقة، ولا يصل إلى الضيف الآن إلا قالب معتمد. (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is empty; choose another file.</source>
        <translation>%1 فارغ؛ اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.</source>
        <translation>حجم %1 هو %2؛ يقبل واتساب صورًا حتى %3. اختر صورة أصغر.</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.</source>
        <translation>حجم %1 هو %2؛ يقبل واتساب ملفات حتى %3. اختر ملفًا أصغر.</translation>
    </message>
    <message>
        <source>%1 could not be read; choose a file on this computer.</source>
        <translation>تعذّرت قراءة %1؛ اختر ملفًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>the hub could not be reached (%1). Try again.</source>
        <translation>تعذّر الوصول إلى الخادم (%1). حاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>تعذّر إرسال %1: %2</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>تعذّر تعديل المهمة: %1</translation>
    </message>
    <message>
        <source>Earlier messages could not be loaded: %1</source>
        <translation>تعذّر تحميل الرسائل السابقة: %1</translation>
    </message>
    <message>
        <source>Could not snooze the conversation: %1</source>
        <translation>تعذّر تأجيل المحادثة: %1</translation>
    </message>
    <message>
        <source>Could not bring the conversation back: %1</source>
        <translation>تعذّر إعادة المحادثة: %1</translation>
    </message>
    <message>
        <source>The task could not be assigned to you: %1</source>
        <translation>تعذّر إسناد المهمة إليك: %1</translation>
    </message>
    <message>
        <source>The task is still open: the guest could not be told (%1)</source>
        <translation>ما زالت المهمة مفتوحة: تعذّر إبلاغ الضيف (%1)‎</translation>
    </message>
    <message>
        <source>The task could not be completed: %1</source>
        <translation>تعذّر إنهاء المهمة: %1</translation>
    </message>
    <message>
        <source>Done. The guest has been told.</source>
        <translation>تم. أُبلغ الضيف.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestDirectory</name>
    <message>
        <source>The hub cannot be reached. The list will load when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم. ستُحمَّل القائمة عند عودته.</translation>
    </message>
    <message>
        <source>You are not allowed to see guests.</source>
        <translation>غير مسموح لك برؤية الضيوف.</translation>
    </message>
    <message>
        <source>The hub could not load the guests (%1).</source>
        <translation>تعذّر على الخادم تحميل الضيوف (%1)‎.</translation>
    </message>
    <message>
        <source>No guest matches “%1”</source>
        <translation>لا ضيف يطابق «%1»</translation>
    </message>
    <message>
        <source>No arrivals today</source>
        <translation>لا وصول اليوم</translation>
    </message>
    <message>
        <source>No guests in house</source>
        <translation>لا ضيوف مقيمون</translation>
    </message>
    <message>
        <source>No departures today</source>
        <translation>لا مغادرة اليوم</translation>
    </message>
    <message>
        <source>No guests yet</source>
        <translation>لا ضيوف بعد</translation>
    </message>
    <message>
        <source>Try part of the name, the phone number, the e-mail or the room.</source>
        <translation>جرّب جزءًا من الاسم أو رقم الهاتف أو البريد الإلكتروني أو الغرفة.</translation>
    </message>
    <message>
        <source>Try “All guests”, or part of the name, phone, e-mail or room.</source>
        <translation>جرّب «كل الضيوف»، أو جزءًا من الاسم أو الهاتف أو البريد أو الغرفة.</translation>
    </message>
    <message>
        <source>Reservations arriving today appear here. See “In house” for guests already checked in.</source>
        <translation>تظهر هنا الحجوزات التي تصل اليوم. انظر «المقيمون» للضيوف الذين سجّلوا وصولهم.</translation>
    </message>
    <message>
        <source>Checked-in guests appear here once your PMS reports them.</source>
        <translation>يظهر الضيوف المسجَّل وصولهم هنا بمجرد أن يبلغ عنهم نظام إدارة الفندق.</translation>
    </message>
    <message>
        <source>Guests leaving today appear here, so you can prepare their check-out.</source>
        <translation>يظهر هنا الضيوف المغادرون اليوم لتجهيز تسجيل مغادرتهم.</translation>
    </message>
    <message>
        <source>A guest appears as soon as they write to the hotel or a reservation arrives.</source>
        <translation>يظهر الضيف فور أن يكتب إلى الفندق أو يصل حجز.</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestListModel</name>
    <message>
        <source>In house</source>
        <translation>المقيمون</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>غادر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>بلا إقامة</translation>
    </message>
    <message>
        <source>%1 · 1 night</source>
        <extracomment>%1 is a date range like &quot;27 – 30 Nov&quot;</extracomment>
        <translation>%1 · ليلة واحدة</translation>
    </message>
    <message>
        <source>%1 · %2 nights</source>
        <translation>%1 · الليالي: %2</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestProfile</name>
    <message>
        <source>Only a manager or an admin can export or erase a guest&apos;s data. Ask one if the guest makes a data request.</source>
        <translation>لا يصدّر بيانات الضيف أو يمحوها إلا مدير أو مسؤول النظام. اطلب من أحدهما إذا قدّم الضيف طلبًا بشأن بياناته.</translation>
    </message>
    <message>
        <source>this guest</source>
        <translation>هذا الضيف</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>أضافه الموظفون</translation>
    </message>
    <message>
        <source>Heard by Jack</source>
        <translation>سمعه جاك</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>الذكرى</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>تعذّر حفظ التصدير في %1: %2</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>المحو</translation>
    </message>
    <message>
        <source>The hub cannot be reached; %1 was not saved. Try again when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم؛ لم يُحفظ: %1. حاول مجددًا عند عودته.</translation>
    </message>
    <message>
        <source>Your role may not change %1.</source>
        <translation>لا يسمح دورك بتغيير: %1.</translation>
    </message>
    <message>
        <source>This guest or memory no longer exists. The list was reloaded.</source>
        <translation>لم يعد هذا الضيف أو هذه الذكرى موجودًا. أُعيد تحميل القائمة.</translation>
    </message>
    <message>
        <source>That was refused: it conflicts with what the hub has.</source>
        <translation>رُفض ذلك: يتعارض مع ما لدى الخادم.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>مرفوض: %1.</translation>
    </message>
    <message>
        <source>Please check %1: %2.</source>
        <translation>يُرجى التحقق من %1: %2.</translation>
    </message>
    <message>
        <source>The hub could not handle %1 (%2).</source>
        <translation>تعذّر على الخادم معالجة %1 (%2)‎.</translation>
    </message>
</context>
<context>
    <name>jack::desk::HealthBoard</name>
    <message>
        <source>Working</source>
        <translation>يعمل</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>يعمل جزئيًا</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>يتعذّر الوصول إليه</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>لا يعمل</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>كل شيء يعمل.</translation>
    </message>
    <message>
        <source>Jack is running, but something needs a look. See below.</source>
        <translation>جاك يعمل، لكن هناك ما يحتاج إلى مراجعة. انظر أدناه.</translation>
    </message>
    <message>
        <source>Jack&apos;s database is not working. Guests&apos; messages may not be saved.</source>
        <translation>قاعدة بيانات جاك لا تعمل. قد لا تُحفظ رسائل الضيوف.</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached. Check that it is running.</source>
        <translation>يتعذّر الوصول إلى خادم جاك. تحقّق من أنه يعمل.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>A %1 message was not delivered</source>
        <translation>لم تُسلَّم رسالة عبر %1</translation>
    </message>
    <message>
        <source>A %1 message to %2 was not delivered</source>
        <translation>لم تُسلَّم رسالة عبر %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 did not answer a request from Jack</source>
        <translation>لم يستجب %1 لطلب من جاك</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: the hub cannot be reached.</source>
        <translation>تعذّر تحميل الأرقام: يتعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: %1</source>
        <translation>تعذّر تحميل الأرقام: %1</translation>
    </message>
    <message>
        <source>Message hub</source>
        <translation>خادم الرسائل</translation>
    </message>
    <message>
        <source>Receives guests&apos; messages and serves the desks</source>
        <translation>يستقبل رسائل الضيوف ويخدم أجهزة الاستقبال</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Keeps every conversation, task and setting</source>
        <translation>يحفظ كل محادثة ومهمة وإعداد</translation>
    </message>
    <message>
        <source>Answers with %1</source>
        <translation>يرد باستخدام %1</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>ردود الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>No messaging channel is connected yet (Settings → Apps)</source>
        <translation>لم تُربط أي قناة مراسلة بعد (الإعدادات ← التطبيقات)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>no guest messages</source>
        <translation>لا رسائل من الضيوف</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic (Claude)‎</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>محرك جاك دون اتصال</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>لا ردود بعد</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
</context>
<context>
    <name>jack::desk::HotelSettingsForm</name>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>jack::desk::HubProblem</name>
    <message>
        <source>The hub cannot be reached. Check that it is running, then try again.</source>
        <translation>يتعذّر الوصول إلى الخادم. تحقّق من أنه يعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>انتهت جلستك. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Only an admin can change this.</source>
        <translation>يمكن للمسؤول فقط تغيير هذا.</translation>
    </message>
    <message>
        <source>The hub ran into a problem. Try again in a moment.</source>
        <translation>واجه الخادم مشكلة. حاول مجددًا بعد قليل.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeBook</name>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The knowledge base will load when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم. ستُحمَّل قاعدة المعرفة عند عودته.</translation>
    </message>
    <message>
        <source>The hub could not load the knowledge base (%1).</source>
        <translation>تعذّر على الخادم تحميل قاعدة المعرفة (%1)‎.</translation>
    </message>
    <message>
        <source>Give the entry a title, a category and the text Jack may tell guests.</source>
        <translation>أعطِ المُدخل عنوانًا وفئة والنص الذي يجوز لجاك قوله للضيوف.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was saved. Try again when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم؛ لم يُحفظ شيء. حاول مجددًا عند عودته.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the knowledge base.</source>
        <translation>لا يغيّر قاعدة المعرفة إلا مدير أو مسؤول النظام.</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>حُذف هذا المُدخل في الأثناء.</translation>
    </message>
    <message>
        <source>The hub refused the entry: %1.</source>
        <translation>رفض الخادم المُدخل: %1.</translation>
    </message>
    <message>
        <source>The hub could not save the entry (%1).</source>
        <translation>تعذّر على الخادم حفظ المُدخل (%1)‎.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeImport</name>
    <message>
        <source>Type the address of the hotel&apos;s website, e.g. https://www.your-hotel.com/</source>
        <translation>اكتب عنوان موقع الفندق، مثلًا: https://www.your-hotel.com/</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم. حاول مجددًا عند عودته.</translation>
    </message>
    <message>
        <source>Only an admin can import from a website.</source>
        <translation>لا يستورد من موقع إلا مسؤول النظام.</translation>
    </message>
    <message>
        <source>The hub could not read that website: %1.</source>
        <translation>تعذّر على الخادم قراءة ذلك الموقع: %1.</translation>
    </message>
    <message>
        <source>That address was refused: %1.</source>
        <translation>رُفض ذلك العنوان: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s) of the website.</source>
        <translation>الصفحات المقروءة من الموقع: %1.</translation>
    </message>
    <message>
        <source>Read %1 page(s); skipped %2 (%3).</source>
        <translation>الصفحات المقروءة: %1؛ المتخطّاة: %2 (%3)‎.</translation>
    </message>
    <message>
        <source>Tick at least one entry to import, or go back.</source>
        <translation>حدّد مُدخلًا واحدًا على الأقل للاستيراد، أو ارجع.</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was imported.</source>
        <translation>يتعذّر الوصول إلى الخادم؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The hub refused the import: %1. Fix the entry and try again.</source>
        <translation>رفض الخادم الاستيراد: %1. صحّح المُدخل وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Imported %1 entries. Jack can answer from them now.</source>
        <translation>المُدخلات المستوردة: %1. يمكن لجاك الإجابة منها الآن.</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 were already known and left out.</source>
        <translation>المُدخلات المستوردة: %1؛ المعروفة مسبقًا والمستبعدة: %2.</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeQuestion</name>
    <message>
        <source>That question is too long: keep it under %1 characters, as a guest would.</source>
        <translation>السؤال طويل جدًا: اجعله أقل من %1 حرف، كما يكتب الضيف.</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم. حاول مجددًا عند عودته.</translation>
    </message>
    <message>
        <source>Jack&apos;s answering service is not running on the hub right now.</source>
        <translation>خدمة الإجابة لدى جاك لا تعمل على الخادم الآن.</translation>
    </message>
    <message>
        <source>Jack could not answer the test question (%1).</source>
        <translation>تعذّر على جاك الإجابة عن سؤال الاختبار (%1)‎.</translation>
    </message>
    <message>
        <source>%1% match</source>
        <extracomment>how well an entry matches the question, 0 to 100</extracomment>
        <translation>تطابق %1%</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>محرك دون اتصال</translation>
    </message>
    <message>
        <source>Language model (%1)</source>
        <translation>نموذج لغوي (%1)‎</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>متأكد بنسبة %1%</translation>
    </message>
</context>
<context>
    <name>jack::desk::MediaDownloads</name>
    <message>
        <source>The file could not be saved in %1</source>
        <translation>تعذّر حفظ الملف في %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::MessageListModel</name>
    <message>
        <source>Jack</source>
        <translation>جاك</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>الضيف</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>jack::desk::NoteBoard</name>
    <message>
        <source>The note could not be saved: the hub cannot be reached.</source>
        <translation>تعذّر حفظ الملاحظة: يتعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>تعذّر حفظ الملاحظة: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::QuickSwitcherModel</name>
    <message>
        <source>Screen</source>
        <translation>شاشة</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>الغرفة %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يُرجى تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <source>That email and password do not match. Try again.</source>
        <translation>البريد الإلكتروني وكلمة المرور غير متطابقين. حاول مجددًا.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Jack cannot be reached at %1. Check that the hub is running.</source>
        <translation>تعذّر الوصول إلى جاك على %1. تحقّق من أن الخادم يعمل.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SetupWizard</name>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>أدخل اسم الفندق.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>أدخل بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتبهما مجددًا.</translation>
    </message>
    <message>
        <source>This hub was set up from another desk meanwhile. Sign in with the account created there.</source>
        <translation>أُعدّ هذا الخادم من جهاز آخر في هذه الأثناء. سجّل الدخول بالحساب الذي أُنشئ هناك.</translation>
    </message>
    <message>
        <source>Creating the account failed</source>
        <translation>تعذّر إنشاء الحساب</translation>
    </message>
    <message>
        <source>Saving the AI choice failed</source>
        <translation>تعذّر حفظ اختيار الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Choose Anthropic or OpenAI.</source>
        <translation>اختر Anthropic أو OpenAI.</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website.</source>
        <translation>الصق مفتاح API من موقع المزوّد.</translation>
    </message>
    <message>
        <source>Saving the key failed</source>
        <translation>تعذّر حفظ المفتاح</translation>
    </message>
    <message>
        <source>Testing the key failed</source>
        <translation>تعذّر اختبار المفتاح</translation>
    </message>
    <message>
        <source>Changing the channel failed</source>
        <translation>تعذّر تغيير القناة</translation>
    </message>
    <message>
        <source>Enter the address of the hotel&apos;s website.</source>
        <translation>أدخل عنوان موقع الفندق.</translation>
    </message>
    <message>
        <source>Reading the website failed</source>
        <translation>تعذّرت قراءة الموقع</translation>
    </message>
    <message>
        <source>Nothing Jack could use was found there. Try another page, or add answers later under Knowledge.</source>
        <translation>لم يُعثر هناك على شيء يمكن لجاك استخدامه. جرّب صفحة أخرى، أو أضف إجابات لاحقًا من قسم المعرفة.</translation>
    </message>
    <message>
        <source>Importing failed</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached at %1. Check that it is running.</source>
        <translation>يتعذّر الوصول إلى خادم جاك على %1. تحقّق من أنه يعمل.</translation>
    </message>
    <message>
        <source>this account may not do that. Sign in as an admin.</source>
        <translation>لا يُسمح لهذا الحساب بذلك. سجّل الدخول بصفتك مسؤولًا.</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>ردّ الخادم بالرمز %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SmsMeter</name>
    <message>
        <source>Unicode</source>
        <translation>يونيكود</translation>
    </message>
    <message>
        <source>%1 characters · 1 segment (%2)</source>
        <extracomment>%1 characters, %2 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 حرفًا · مقطع واحد (%2)</translation>
    </message>
    <message>
        <source>%1 characters · %2 segments (%3)</source>
        <extracomment>%1 characters, %2 segments, %3 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 حرفًا · %2 مقاطع (%3)</translation>
    </message>
</context>
<context>
    <name>jack::desk::SnoozePresets</name>
    <message>
        <source>In 1 hour · %1</source>
        <translation>بعد ساعة · %1</translation>
    </message>
    <message>
        <source>This evening · %1</source>
        <translation>هذا المساء · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>غدًا · %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::StaffDirectory</name>
    <message>
        <source>Admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>يمكن لـ%1 الآن تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Saved the changes for %1.</source>
        <translation>حُفظت التغييرات الخاصة بـ%1.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>يمكن لـ%1 تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>%1 is deactivated and signed out.</source>
        <translation>عُطّل حساب %1 وسُجّل خروجه.</translation>
    </message>
    <message>
        <source>%1 has a new password and was signed out everywhere.</source>
        <translation>لدى %1 كلمة مرور جديدة وسُجّل خروجه من كل مكان.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>حُذف %1.</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskCreator</name>
    <message>
        <source>The task could not be created: the hub cannot be reached.</source>
        <translation>تعذّر إنشاء المهمة: يتعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The task could not be created: %1</source>
        <translation>تعذّر إنشاء المهمة: %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskListModel</name>
    <message>
        <source>All departments</source>
        <translation>كل الأقسام</translation>
    </message>
</context>
</TS>
