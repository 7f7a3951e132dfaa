<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppCard</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>AppConfigPanel</name>
    <message>
        <source>Choose an app</source>
        <translation>选择一个应用</translation>
    </message>
    <message>
        <source>Pick a channel, an AI provider or a hotel system on the left to set it up and test it.</source>
        <translation>在左侧选择渠道、AI 服务商或酒店系统，进行设置和测试。</translation>
    </message>
    <message>
        <source>Pick an app on the left to see how it is set up.</source>
        <translation>在左侧选择一个应用，查看其设置。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The test uses the saved settings: save your changes first.</source>
        <translation>测试使用已保存的设置：请先保存更改。</translation>
    </message>
    <message>
        <source>✓ Connected in %1 ms. %2</source>
        <translation>✓ 已连接，用时 %1 毫秒。%2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ Not working: %1</source>
        <translation>✗ 无法使用：%1</translation>
    </message>
    <message>
        <source>Jack&apos;s built-in engine needs no settings. It answers guests whenever no other AI provider is switched on.</source>
        <translation>Jack 的内置引擎无需设置。没有启用其他 AI 服务商时，由它回复客人。</translation>
    </message>
    <message>
        <source>This app has no settings.</source>
        <translation>此应用没有设置项。</translation>
    </message>
    <message>
        <source>Only an admin can change these settings.</source>
        <translation>只有管理员可以更改这些设置。</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>您有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Secret values are never shown again; leave them empty to keep them.</source>
        <translation>密钥等机密值不会再次显示；留空即保留原值。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>How guests reach the hotel, which AI helps Jack, and the hotel&apos;s own systems.</source>
        <translation>客人如何联系酒店、Jack 使用哪种 AI，以及酒店自己的系统。</translation>
    </message>
    <message>
        <source>The apps could not be loaded</source>
        <translation>无法加载应用</translation>
    </message>
    <message>
        <source>The hub sent no apps.</source>
        <translation>服务未返回任何应用。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>CannedResponsePicker</name>
    <message>
        <source>Canned responses</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to insert · Esc to close</source>
        <translation>↑↓ 选择 · Enter 插入 · Esc 关闭</translation>
    </message>
    <message>
        <source>Search canned responses…</source>
        <translation>搜索快捷回复…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>搜索快捷回复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>fill in %1</source>
        <translation>填写 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n 处待填写</numerusform>
        </translation>
    </message>
    <message>
        <source>No canned response matches “%1”. Press Esc and write the reply yourself.</source>
        <translation>没有与“%1”匹配的快捷回复。请按 Esc 自行撰写回复。</translation>
    </message>
    <message>
        <source>No canned responses yet. A manager can add them for the whole team.</source>
        <translation>还没有快捷回复。经理可以为整个团队添加。</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>完成“%1”</translation>
    </message>
    <message>
        <source>What was done? (optional, for colleagues)</source>
        <translation>做了什么？（可选，供同事查看）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tell the guest it is done (in their language)</source>
        <translation>告知客人已完成（用客人的语言）</translation>
    </message>
    <message>
        <source>This task did not come from a guest&apos;s conversation, so there is no one to tell.</source>
        <translation>此任务并非来自客人会话，因此无需通知任何人。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Complete and tell the guest</source>
        <translation>完成并告知客人</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ComposerSwitch</name>
    <message>
        <source>Reply to guest</source>
        <translation>回复客人</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Internal note, only staff see it</source>
        <translation>内部备注，仅员工可见</translation>
    </message>
    <message>
        <source>Only staff see notes</source>
        <translation>备注仅员工可见</translation>
    </message>
    <message>
        <source>Type / for canned responses</source>
        <translation>输入 / 使用快捷回复</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Reconnecting… You can keep working; new messages appear as soon as Jack is back.</source>
        <translation>正在重新连接…您可以继续工作；Jack 恢复后新消息会立即显示。</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>WhatsApp window closes in %n min</source>
        <translation>
            <numerusform>WhatsApp 窗口将在 %n 分钟后关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WhatsApp window closes in %n h</source>
        <translation>
            <numerusform>WhatsApp 窗口将在 %n 小时后关闭</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Room %1</source>
        <translation>%1 号房</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>分配给我</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>标记解决</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Jack handed this to a person: %1</source>
        <translation>Jack 已将此转交人工：%1</translation>
    </message>
    <message>
        <source>This guest is waiting for a person. Reply below, or assign it to yourself.</source>
        <translation>这位客人在等人工回复。请在下方回复，或将其分配给自己。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>暂无消息</translation>
    </message>
    <message>
        <source>Write the first message below; it goes out on %1.</source>
        <translation>在下方写第一条消息，将通过 %1 发送。</translation>
    </message>
    <message>
        <source>the guest&apos;s channel</source>
        <translation>客人的渠道</translation>
    </message>
    <message>
        <source>One guest needs you</source>
        <translation>有 1 位客人需要您</translation>
    </message>
    <message numerus="yes">
        <source>%n guests need you</source>
        <translation>
            <numerusform>有 %n 位客人需要您</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversation open</source>
        <translation>未打开会话</translation>
    </message>
    <message>
        <source>Open the longest waiting</source>
        <translation>打开等待最久的</translation>
    </message>
    <message>
        <source>The conversation is at the top of the inbox, marked “Needs you”.</source>
        <translation>该会话位于收件箱顶部，标有“需要您”。</translation>
    </message>
    <message>
        <source>They are at the top of the inbox, marked “Needs you”, longest waiting first.</source>
        <translation>它们位于收件箱顶部，标有“需要您”，等待最久的排在最前。</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>从列表中选择一个会话来阅读和回复。</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling one conversation.</source>
        <translation>从列表中选择一个会话来阅读和回复。Jack 正在处理 1 个会话。</translation>
    </message>
    <message>
        <source>Pick a conversation on the left to read it and reply. Jack is handling %1 conversations.</source>
        <translation>从列表中选择一个会话来阅读和回复。Jack 正在处理 %1 个会话。</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>正在加载更早的消息…</translation>
    </message>
</context>
<context>
    <name>ConversationRow</name>
    <message>
        <source>No messages yet</source>
        <translation>暂无消息</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>%1 号房</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>%1 viewing</source>
        <translation>%1 正在查看</translation>
    </message>
    <message numerus="yes">
        <source>%n viewing</source>
        <translation>
            <numerusform>%n 人正在查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Also open at: %1</source>
        <translation>也在查看：%1</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>needs you</source>
        <translation>需要您</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>snoozed %1</source>
        <translation>已暂缓 %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
</context>
<context>
    <name>CreateTaskDialog</name>
    <message>
        <source>Create a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>From %1&apos;s message: “%2”</source>
        <translation>来自 %1 的消息：“%2”</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>需要做什么</translation>
    </message>
    <message>
        <source>Task description</source>
        <translation>任务描述</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>创建任务</translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · and %n more emergency(s)</source>
        <translation>
            <numerusform>%1 · 另有 %n 个紧急情况</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the emergency conversation</source>
        <translation>打开紧急会话</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge the emergency and stop the alarm</source>
        <translation>确认紧急情况并停止警报</translation>
    </message>
</context>
<context>
    <name>EraseGuestDialog</name>
    <message>
        <source>Erase the guest&apos;s data</source>
        <translation>删除客人数据</translation>
    </message>
    <message>
        <source>Erase all personal data of %1?</source>
        <translation>删除 %1 的所有个人数据？</translation>
    </message>
    <message>
        <source>Their name, phone number, e-mail, every message, photo and memory, and their reservations are deleted for good. Counts for statistics stay, without anything that names them. Do this only when the guest asked for it.</source>
        <translation>其姓名、电话、电子邮件、所有消息、照片和记忆以及预订将被永久删除。统计数字会保留，但不含任何可识别其身份的信息。仅在客人提出要求时执行此操作。</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>我明白此操作无法撤销</translation>
    </message>
    <message>
        <source>Keep the data</source>
        <translation>保留数据</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Knowledge found</source>
        <translation>找到的知识</translation>
    </message>
    <message>
        <source>Stopped by the guardrails</source>
        <translation>被安全规则拦截</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>GuestPanel</name>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>暂不清楚</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>使用语言</translation>
    </message>
    <message>
        <source>About</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>尚未分类</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>已记住</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>No tasks for this guest. Jack opens one when they ask for something, e.g. towels or a repair.</source>
        <translation>这位客人没有任务。客人提出需求（如毛巾或维修）时，Jack 会创建任务。</translation>
    </message>
    <message>
        <source>Stay: %1</source>
        <translation>入住：%1</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>以往对话</translation>
    </message>
    <message>
        <source>Open the conversation on %1 of %2</source>
        <translation>打开 %2 的 %1 对话</translation>
    </message>
</context>
<context>
    <name>GuestProfilePane</name>
    <message>
        <source>Saved the guest&apos;s data to %1</source>
        <translation>已将客人数据保存到 %1</translation>
    </message>
    <message>
        <source>The guest&apos;s personal data was erased.</source>
        <translation>客人的个人数据已删除。</translation>
    </message>
    <message>
        <source>Pick a guest</source>
        <translation>请选择客人</translation>
    </message>
    <message>
        <source>Choose a guest on the left to see their stays, earlier conversations and what Jack remembers about them.</source>
        <translation>在左侧选择一位客人，查看其入住记录、以往会话以及 Jack 记住的信息。</translation>
    </message>
    <message>
        <source>Save the guest&apos;s data</source>
        <translation>保存客人数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>Data erased</source>
        <translation>数据已删除</translation>
    </message>
    <message>
        <source>Known to Jack since %1</source>
        <translation>Jack 自 %1 起认识</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Export the guest&apos;s data to a file</source>
        <translation>将客人数据导出到文件</translation>
    </message>
    <message>
        <source>Erase data…</source>
        <translation>删除数据…</translation>
    </message>
    <message>
        <source>Erase the guest&apos;s personal data</source>
        <translation>删除客人的个人数据</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>入住记录</translation>
    </message>
    <message>
        <source>No reservation on record. Stays appear here when the PMS sends them.</source>
        <translation>暂无预订记录。PMS 发送后，入住记录会显示在这里。</translation>
    </message>
    <message>
        <source>Room %1 · %2</source>
        <translation>%1 号房 · %2</translation>
    </message>
    <message>
        <source>%1 · booking %2</source>
        <translation>%1 · 预订号 %2</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>No conversations yet. When the guest writes on any channel, it shows here.</source>
        <translation>还没有会话。客人通过任何渠道发消息后会显示在这里。</translation>
    </message>
    <message>
        <source>Open the %1 conversation in the inbox</source>
        <translation>在收件箱中打开 %1 会话</translation>
    </message>
    <message>
        <source>Open ›</source>
        <translation>打开 ›</translation>
    </message>
    <message>
        <source>What Jack remembers</source>
        <translation>Jack 记住的信息</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>添加记忆</translation>
    </message>
    <message>
        <source>Nothing yet. Jack notes preferences, allergies and occasions from conversations; you can add what you learn at the desk.</source>
        <translation>暂无内容。Jack 会从会话中记下偏好、过敏和特殊场合；您也可以添加在前台了解到的信息。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
</context>
<context>
    <name>GuestRow</name>
    <message>
        <source>%1, room %2, %3</source>
        <translation>%1，%2 号房，%3</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No stay on record</source>
        <translation>无入住记录</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>%1 号房</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Today, %1 · %2 in house</source>
        <translation>今天，%1 · %2 位在住</translation>
    </message>
    <message>
        <source>Search name, phone, e-mail or room</source>
        <translation>搜索姓名、电话、邮箱或房号</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>搜索客人</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>抵达</translation>
    </message>
    <message>
        <source>Arrivals today, %1</source>
        <translation>今日抵达，%1</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>Departures today, %1</source>
        <translation>今日离店，%1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All guests, %1</source>
        <translation>所有客人，%1</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Recent problems (latest %1 of %2)</source>
        <translation>最近的问题（最新 %1 条，共 %2 条）</translation>
    </message>
    <message>
        <source>Recent problems</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 7 days.</source>
        <translation>最近 7 天没有发送失败或 AI 错误。</translation>
    </message>
    <message>
        <source>No failed deliveries or AI errors in the last 24 hours.</source>
        <translation>最近 24 小时没有发送失败或 AI 错误。</translation>
    </message>
    <message>
        <source>guest messages</source>
        <translation>客人消息</translation>
    </message>
    <message>
        <source>replies by Jack and staff</source>
        <translation>Jack 和员工的回复</translation>
    </message>
    <message>
        <source>typical first reply (median)</source>
        <translation>首次回复典型用时（中位数）</translation>
    </message>
    <message>
        <source>answered without staff</source>
        <translation>无需员工即已回复</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>每天消息数</translation>
    </message>
    <message>
        <source>Messages per hour</source>
        <translation>每小时消息数</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>From guests</source>
        <translation>来自客人</translation>
    </message>
    <message>
        <source>Time to the first reply (minutes)</source>
        <translation>首次回复用时（分钟）</translation>
    </message>
    <message>
        <source>Time to the first reply (seconds)</source>
        <translation>首次回复用时（秒）</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Answered by Jack without staff (%)</source>
        <translation>Jack 无需员工即回复的比例（%）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>average per day</source>
        <translation>每天平均</translation>
    </message>
    <message>
        <source>average per hour</source>
        <translation>每小时平均</translation>
    </message>
</context>
<context>
    <name>HotelPage</name>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Only an admin can change the hotel&apos;s settings.</source>
        <translation>只有管理员可以更改酒店设置。</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>您有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Jack uses these details when it answers guests.</source>
        <translation>Jack 回复客人时会用到这些信息。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>Harbourview Hotel</source>
        <translation>港景酒店</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>https://www.example-hotel.com</source>
        <translation>https://www.example-hotel.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>+351 21 000 0000</source>
        <translation>+86 10 0000 0000</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>frontdesk@example-hotel.com</source>
        <translation>frontdesk@example-hotel.com</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Street, postcode, city, country</source>
        <translation>街道、邮编、城市、国家</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Europe/Lisbon</source>
        <translation>Asia/Shanghai</translation>
    </message>
    <message>
        <source>The hotel&apos;s time zone, as a place name such as Europe/Lisbon.</source>
        <translation>酒店所在时区，用地名表示，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>入住时间（起）</translation>
    </message>
    <message>
        <source>15:00</source>
        <translation>15:00</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>退房时间（止）</translation>
    </message>
    <message>
        <source>11:00</source>
        <translation>11:00</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Desk opens</source>
        <translation>前台开放</translation>
    </message>
    <message>
        <source>08:00</source>
        <translation>08:00</translation>
    </message>
    <message>
        <source>Desk closes</source>
        <translation>前台关闭</translation>
    </message>
    <message>
        <source>22:00</source>
        <translation>22:00</translation>
    </message>
    <message>
        <source>Leave both empty when someone is at the desk around the clock.</source>
        <translation>如果前台 24 小时有人值守，两项都留空。</translation>
    </message>
    <message>
        <source>Reply outside business hours</source>
        <translation>非营业时间回复</translation>
    </message>
    <message>
        <source>Thank you for your message. Our team is back at 8:00 and will answer you then.</source>
        <translation>感谢您的留言。我们的团队将于 8:00 回来，届时会回复您。</translation>
    </message>
    <message>
        <source>Kept with the hotel&apos;s settings for now; Jack does not send it on its own yet.</source>
        <translation>目前仅随酒店设置保存；Jack 暂不会自动发送。</translation>
    </message>
    <message>
        <source>Languages and address</source>
        <translation>语言和地址</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>en, pt, es</source>
        <translation>zh, en</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own language first. Staff read translations into it.</source>
        <translation>两个字母的代码，酒店自己的语言放在首位。员工看到的译文即为该语言。</translation>
    </message>
    <message>
        <source>Public address of this hub</source>
        <translation>本服务的公网地址</translation>
    </message>
    <message>
        <source>https://jack.example-hotel.com</source>
        <translation>https://jack.example-hotel.com</translation>
    </message>
    <message>
        <source>Where WhatsApp, Twilio and other providers reach the hub. Leave empty while nothing outside needs it.</source>
        <translation>WhatsApp、Twilio 等服务商通过此地址访问服务。没有外部服务需要时请留空。</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportCandidateModel</name>
    <message>
        <source>Jack already knows this (%1% the same): left out unless you tick it.</source>
        <translation>Jack 已知道此内容（%1% 相同）：除非勾选，否则不导入。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from the website</source>
        <translation>从网站导入</translation>
    </message>
    <message>
        <source>Step 2 of 2: review</source>
        <translation>第 2 步，共 2 步：检查</translation>
    </message>
    <message>
        <source>Step 1 of 2: the address</source>
        <translation>第 1 步，共 2 步：网址</translation>
    </message>
    <message>
        <source>Jack reads the hotel&apos;s pages (the start page and pages it links to on the same site) and proposes one entry per section. Nothing is stored until you review and import.</source>
        <translation>Jack 会读取酒店网页（首页及同一网站上链接的页面），并为每个部分建议一个条目。在您检查并导入之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>https://www.your-hotel.com/</source>
        <translation>https://www.your-hotel.com/</translation>
    </message>
    <message>
        <source>Website address</source>
        <translation>网站地址</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 个页面</translation>
    </message>
    <message>
        <source>Up to 5 pages</source>
        <translation>最多 5 个页面</translation>
    </message>
    <message>
        <source>Up to 10 pages</source>
        <translation>最多 10 个页面</translation>
    </message>
    <message>
        <source>Up to 20 pages</source>
        <translation>最多 20 个页面</translation>
    </message>
    <message>
        <source>How many pages to read</source>
        <translation>读取页面数</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>读取网站</translation>
    </message>
    <message>
        <source>Reading the website. This can take up to 45 seconds.</source>
        <translation>正在读取网站，最多可能需要 45 秒。</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Proposed entries</source>
        <translation>建议的条目</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import %1 entries</source>
        <translation>导入 %1 个条目</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Search name, room or message</source>
        <translation>搜索姓名、房间或消息</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>搜索收件箱</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>需要您</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
    <message>
        <source>No guests waiting for you</source>
        <translation>没有客人在等您</translation>
    </message>
    <message>
        <source>Nothing assigned to you</source>
        <translation>没有分配给您的会话</translation>
    </message>
    <message>
        <source>Nothing resolved yet</source>
        <translation>暂无已解决的会话</translation>
    </message>
    <message>
        <source>No conversations yet</source>
        <translation>暂无会话</translation>
    </message>
    <message>
        <source>All quiet</source>
        <translation>一切安好</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message.</source>
        <translation>试试客人姓名、房间号或消息中的词语。</translation>
    </message>
    <message>
        <source>Jack is handling one conversation. Anything he hands over shows up here.</source>
        <translation>Jack 正在处理 1 个会话。他转交的内容会显示在这里。</translation>
    </message>
    <message>
        <source>Jack is handling %1 conversations. Anything he hands over shows up here.</source>
        <translation>Jack 正在处理 %1 个会话。他转交的内容会显示在这里。</translation>
    </message>
    <message>
        <source>Open a conversation and choose “Assign to me” to keep it on this list.</source>
        <translation>打开会话并选择“分配给我”，即可将其保留在此列表中。</translation>
    </message>
    <message>
        <source>Conversations you or Jack resolve move here.</source>
        <translation>您或 Jack 解决的会话会移到这里。</translation>
    </message>
    <message>
        <source>When a guest writes on WhatsApp, SMS, email or the web chat, the conversation appears here.</source>
        <translation>客人通过 WhatsApp、短信、邮件或网页聊天发来消息时，会话会显示在这里。</translation>
    </message>
    <message>
        <source>Every open conversation is resolved. New messages from guests appear here.</source>
        <translation>所有会话都已解决。客人的新消息会显示在这里。</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>%1 条未读</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>Loading more conversations…</source>
        <translation>正在加载更多会话…</translation>
    </message>
    <message>
        <source>Nothing here on this channel</source>
        <translation>此渠道暂无内容</translation>
    </message>
    <message>
        <source>Everything has someone on it</source>
        <translation>所有会话都有人负责</translation>
    </message>
    <message>
        <source>Nothing snoozed</source>
        <translation>没有暂缓的会话</translation>
    </message>
    <message>
        <source>Choose “All channels” above to see every conversation.</source>
        <translation>在上方选择“所有渠道”查看全部会话。</translation>
    </message>
    <message>
        <source>Every open conversation is assigned to someone.</source>
        <translation>每个未结会话都已分配给某人。</translation>
    </message>
    <message>
        <source>Snooze a conversation from its header to hide it until later. It comes back on time, or as soon as the guest writes.</source>
        <translation>在会话标题处暂缓，可将其隐藏至稍后。到时间或客人发来消息时会重新出现。</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditor</name>
    <message>
        <source>Pick an entry to read or change it</source>
        <translation>选择一个条目以查看或修改</translation>
    </message>
    <message>
        <source>Pick an entry to read it</source>
        <translation>选择一个条目以查看</translation>
    </message>
    <message>
        <source>Or add a new one. Jack answers guests only from what is written here.</source>
        <translation>或添加新条目。Jack 只根据这里写的内容回答客人。</translation>
    </message>
    <message>
        <source>Jack answers guests only from what is written here. Use “Test a question” to see what he would say.</source>
        <translation>Jack 只根据这里写的内容回答客人。使用“测试问题”查看他会怎么回答。</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>Jack will no longer answer from it. This cannot be undone.</source>
        <translation>Jack 将不再据此回答。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>You can read the knowledge base. Only a manager or an admin can change it.</source>
        <translation>您可以查看知识库。只有经理或管理员可以修改。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>e.g. Breakfast times</source>
        <translation>例如：早餐时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Priority: higher wins when entries overlap</source>
        <translation>优先级：条目重叠时以高者为准</translation>
    </message>
    <message>
        <source>Higher wins when two entries answer the same question</source>
        <translation>两个条目回答同一问题时，以优先级高者为准</translation>
    </message>
    <message>
        <source>What Jack may tell guests</source>
        <translation>Jack 可以告诉客人的内容</translation>
    </message>
    <message>
        <source>Write it as you would tell a guest: times, prices, where to go.</source>
        <translation>像对客人说话一样写：时间、价格、去哪里。</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Words guests use, separated by commas: wifi, internet, password</source>
        <translation>客人常用的词，用逗号分隔：wifi, 网络, 密码</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>KnowledgeEntryModel</name>
    <message>
        <source>Amenities</source>
        <translation>设施</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Dining</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Questions guests ask</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Local info</source>
        <translation>周边信息</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>客房</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>%1 entries Jack answers from</source>
        <translation>Jack 依据的条目：%1 个</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建条目</translation>
    </message>
    <message>
        <source>Filter by word</source>
        <translation>按关键词筛选</translation>
    </message>
    <message>
        <source>Filter the knowledge base</source>
        <translation>筛选知识库</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Import from website…</source>
        <translation>从网站导入…</translation>
    </message>
    <message>
        <source>Import entries from the hotel&apos;s website</source>
        <translation>从酒店网站导入条目</translation>
    </message>
    <message>
        <source>Knowledge entries</source>
        <translation>知识条目</translation>
    </message>
    <message>
        <source>The knowledge base is empty</source>
        <translation>知识库为空</translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>没有匹配的条目</translation>
    </message>
    <message>
        <source>Add what guests ask about — breakfast times, Wi-Fi, parking — so Jack can answer them.</source>
        <translation>添加客人常问的内容（早餐时间、Wi-Fi、停车），让 Jack 能够回答。</translation>
    </message>
    <message>
        <source>Ask a manager to add what guests ask about, so Jack can answer them.</source>
        <translation>请经理添加客人常问的内容，让 Jack 能够回答。</translation>
    </message>
    <message>
        <source>Try another word or “All categories”.</source>
        <translation>换个词试试，或选择“所有类别”。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Read entry</source>
        <translation>查看条目</translation>
    </message>
    <message>
        <source>Test a question</source>
        <translation>测试问题</translation>
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
        <translation>前台</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Jack&apos;s hub did not start: %1</source>
        <translation>Jack 的服务未能启动：%1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>服务：%1</translation>
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
        <translation>照片：%1</translation>
    </message>
    <message>
        <source>The photo could not be loaded</source>
        <translation>无法加载照片</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <source>downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>MemoryEditor</name>
    <message>
        <source>Edit memory</source>
        <translation>编辑记忆</translation>
    </message>
    <message>
        <source>Add a memory</source>
        <translation>添加记忆</translation>
    </message>
    <message>
        <source>Jack uses this in later conversations. Never note card numbers, passport numbers or health details beyond an allergy.</source>
        <translation>Jack 会在之后的会话中使用此信息。切勿记录银行卡号、护照号或过敏以外的健康信息。</translation>
    </message>
    <message>
        <source>Kind of memory</source>
        <translation>记忆类型</translation>
    </message>
    <message>
        <source>e.g. Prefers a high floor</source>
        <translation>例如：喜欢高楼层</translation>
    </message>
    <message>
        <source>What to remember</source>
        <translation>要记住的内容</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>MentionBanner</name>
    <message>
        <source>%1 mentioned you in %2&apos;s conversation: “%3”</source>
        <translation>%1 在 %2 的会话中提到了您：“%3”</translation>
    </message>
    <message>
        <source>%1 mentioned you in a note: “%2”</source>
        <translation>%1 在备注中提到了您：“%2”</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Dismiss the mention</source>
        <translation>关闭此提及</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>on %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Jack 为什么这样说？</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Jack 如何理解这条消息</translation>
    </message>
    <message>
        <source>Translated: %1</source>
        <translation>译文：%1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Send this message again</source>
        <translation>重新发送这条消息</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>Now on %1</source>
        <translation>现改用 %1</translation>
    </message>
    <message>
        <source>Create task from this message…</source>
        <translation>根据此消息创建任务…</translation>
    </message>
    <message>
        <source>+ Task</source>
        <translation>+ 任务</translation>
    </message>
    <message>
        <source>Create a task from this message</source>
        <translation>根据此消息创建任务</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>could not be downloaded</source>
        <translation>无法下载</translation>
    </message>
    <message>
        <source>could not be downloaded: %1</source>
        <translation>无法下载：%1</translation>
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
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Alert sound</source>
        <translation>提示音</translation>
    </message>
    <message>
        <source>Alert volume</source>
        <translation>提示音量</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>NoteBubble</name>
    <message>
        <source>Internal note by %1, mentions you: %2</source>
        <translation>%1 的内部备注，提到了您：%2</translation>
    </message>
    <message>
        <source>Internal note by %1: %2</source>
        <translation>%1 的内部备注：%2</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>内部备注 · %1</translation>
    </message>
    <message>
        <source>mentioned you</source>
        <translation>提到了您</translation>
    </message>
    <message>
        <source>Not sent to the guest</source>
        <translation>不会发送给客人</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Internal note: only staff see it. Nothing here is sent to the guest.</source>
        <translation>内部备注：仅员工可见，不会发送给客人。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Note for your colleagues… type @ to mention someone</source>
        <translation>给同事的备注… 输入 @ 提及某人</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Add the internal note</source>
        <translation>添加内部备注</translation>
    </message>
    <message>
        <source>Ctrl+Enter to save · @ to mention a colleague, who is told</source>
        <translation>Ctrl+Enter 保存 · @ 提及同事并通知对方</translation>
    </message>
    <message>
        <source>Colleagues to mention</source>
        <translation>可提及的同事</translation>
    </message>
    <message>
        <source>Mention %1</source>
        <translation>提及 %1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>OutcomeWords</name>
    <message>
        <source>Jack&apos;s offline engine</source>
        <translation>Jack 的离线引擎</translation>
    </message>
    <message>
        <source>Jack handed this conversation to a person</source>
        <translation>Jack 已将此会话转交人工</translation>
    </message>
    <message>
        <source>Jack stayed quiet: a person is handling this conversation</source>
        <translation>Jack 未回复：此会话由人工处理</translation>
    </message>
    <message>
        <source>Jack answered on his own</source>
        <translation>Jack 已自行回复</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>回复方</translation>
    </message>
    <message>
        <source>Understood as</source>
        <translation>理解为</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Why a person</source>
        <translation>转人工原因</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>备用方案</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>%1 tokens in, %2 out, about $%3</source>
        <translation>输入 %1 个词元，输出 %2 个，约 %3 美元</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1 ms waiting for %2, %3 ms in Jack</source>
        <translation>等待 %2 %1 毫秒，Jack 内部 %3 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Why did Jack say this?</source>
        <translation>Jack 为什么这样说？</translation>
    </message>
    <message>
        <source>How Jack read this message</source>
        <translation>Jack 如何理解这条消息</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <source>%1 are replying…</source>
        <translation>%1 正在回复…</translation>
    </message>
    <message>
        <source>Guest is typing…</source>
        <translation>客人正在输入…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 正在查看</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 正在查看</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Go to a guest, room, message or screen…</source>
        <translation>跳转到客人、房间、消息或页面…</translation>
    </message>
    <message>
        <source>Quick switcher: type to search</source>
        <translation>快速切换：输入以搜索</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Screen: %1</source>
        <translation>页面：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>没有与“%1”匹配的结果</translation>
    </message>
    <message>
        <source>Try a guest&apos;s name, a room number or a word from the message. Only open conversations are searched.</source>
        <translation>试试客人姓名、房号或消息中的词语。仅搜索未结会话。</translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation>↑ ↓ 选择 · Enter 打开 · Esc 关闭</translation>
    </message>
</context>
<context>
    <name>RailButton</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <source>Attach a file for %1</source>
        <translation>为 %1 附加文件</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — send an approved template.</source>
        <translation>WhatsApp 的 24 小时窗口已关闭，请发送已批准的模板。</translation>
    </message>
    <message>
        <source>The 24-hour WhatsApp window is closed — only an approved template can reach the guest, and none is set up. Call the guest or wait until they write again.</source>
        <translation>WhatsApp 的 24 小时窗口已关闭，只有已批准的模板才能发给客人，但尚未设置模板。请致电客人，或等待客人再次来信。</translation>
    </message>
    <message>
        <source>Jack is reading the conversation…</source>
        <translation>Jack 正在阅读会话…</translation>
    </message>
    <message>
        <source>Jack&apos;s draft is in the reply box: check it, change it, send it.</source>
        <translation>Jack 的草稿已放入回复框：请检查、修改后发送。</translation>
    </message>
    <message>
        <source>Jack can summarise this conversation and draft a reply.</source>
        <translation>Jack 可以总结此会话并起草回复。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Suggest a reply</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>正在发送 %1</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Add a caption (optional)…</source>
        <translation>添加说明（可选）…</translation>
    </message>
    <message>
        <source>Reply to %1…</source>
        <translation>回复 %1…</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>写回复…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Attach a photo or document</source>
        <translation>附加照片或文档</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>%1, long message</source>
        <translation>%1，长消息</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send · %1</source>
        <translation>Ctrl+Enter 发送 · %1</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Translate into %1</source>
        <translation>翻译成%1</translation>
    </message>
    <message>
        <source>Translate for the guest</source>
        <translation>为客人翻译</translation>
    </message>
    <message>
        <source>Replying on %1</source>
        <translation>通过 %1 回复</translation>
    </message>
</context>
<context>
    <name>SegmentButton</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>SendWarning</name>
    <message>
        <source>%1 is replying to this guest. Send anyway?</source>
        <translation>%1 正在回复这位客人。仍要发送吗？</translation>
    </message>
    <message>
        <source>%1 replied to this guest a moment ago. Send anyway?</source>
        <translation>%1 刚刚回复了这位客人。仍要发送吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel, do not send</source>
        <translation>取消，不发送</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
</context>
<context>
    <name>SettingsField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Channels, AI, hotel systems</source>
        <translation>渠道、AI、酒店系统</translation>
    </message>
    <message>
        <source>Staff and roles</source>
        <translation>员工与角色</translation>
    </message>
    <message>
        <source>Who can sign in, and as what</source>
        <translation>谁可以登录，以什么身份</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Profile, hours, languages</source>
        <translation>基本信息、时间、语言</translation>
    </message>
    <message>
        <source>You can look at these settings. Only an admin can change them.</source>
        <translation>您可以查看这些设置，只有管理员可以更改。</translation>
    </message>
</context>
<context>
    <name>SettingsToggle</name>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Set up Jack The Butler</source>
        <translation>设置 Jack The Butler</translation>
    </message>
    <message>
        <source>Step %1 of 5 · about five minutes</source>
        <translation>第 %1 步，共 5 步 · 约五分钟</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Tell Jack about your hotel. Guests see the name; the time zone and times help Jack answer questions like “when is check-out?”.</source>
        <translation>向 Jack 介绍您的酒店。客人会看到酒店名称；时区和时间能帮助 Jack 回答“几点退房？”之类的问题。</translation>
    </message>
    <message>
        <source>Hotel name</source>
        <translation>酒店名称</translation>
    </message>
    <message>
        <source>e.g. Harbour View Hotel</source>
        <translation>例如：港景酒店</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>As in Europe/Lisbon or America/New_York</source>
        <translation>例如 Asia/Shanghai 或 Asia/Hong_Kong</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Two-letter codes, the hotel&apos;s own first</source>
        <translation>两个字母的代码，酒店语言在前</translation>
    </message>
    <message>
        <source>Check-in from</source>
        <translation>入住时间（起）</translation>
    </message>
    <message>
        <source>Check-out by</source>
        <translation>退房时间（止）</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>电话（可选）</translation>
    </message>
    <message>
        <source>Create your own account. It is the hotel&apos;s first admin: it can add staff, connect channels and change settings. Jack has no default password — this account is the only way in, so keep the password safe.</source>
        <translation>创建您自己的账户。它是酒店的第一个管理员：可以添加员工、连接渠道和更改设置。Jack 没有默认密码——这是唯一的登录方式，请妥善保管密码。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>e.g. Ana Pereira</source>
        <translation>例如：王芳</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>you@hotel.example</source>
        <translation>you@hotel.example</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At least 10 characters; a short sentence works well</source>
        <translation>至少 10 个字符；用一句短句就很好</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Choose how Jack writes to guests. You can change this any time in Settings.</source>
        <translation>选择 Jack 回复客人的方式。您可以随时在“设置”中更改。</translation>
    </message>
    <message>
        <source>Offline — built into Jack</source>
        <translation>离线 — Jack 内置</translation>
    </message>
    <message>
        <source>Recommended to start</source>
        <translation>推荐入门使用</translation>
    </message>
    <message>
        <source>Jack answers from your knowledge base and hands everything else to staff. Nothing leaves this computer, and it costs nothing.</source>
        <translation>Jack 根据您的知识库回答，其余问题交给员工。数据不会离开这台电脑，也不产生费用。</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic（Claude）</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from console.anthropic.com; the provider charges per message.</source>
        <translation>多种语言的自然回复。需要 console.anthropic.com 提供的 API 密钥；服务商按消息收费。</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Natural replies in many languages. Needs an API key from platform.openai.com; the provider charges per message.</source>
        <translation>多种语言的自然回复。需要 platform.openai.com 提供的 API 密钥；服务商按消息收费。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test the key</source>
        <translation>测试密钥</translation>
    </message>
    <message>
        <source>✓ The key works (%1 ms): %2</source>
        <translation>✓ 密钥可用（%1 毫秒）：%2</translation>
    </message>
    <message>
        <source>✗ The key did not work: %1</source>
        <translation>✗ 密钥无效：%1</translation>
    </message>
    <message>
        <source>Where guests can write to Jack. The web chat works right away on your own website; the others need your account with the provider and are connected in Settings → Apps.</source>
        <translation>客人可以在哪里给 Jack 写信。网页聊天可立即用于您的网站；其他渠道需要您在服务商处的账户，并在“设置 → 应用”中连接。</translation>
    </message>
    <message>
        <source>Built in: add the chat to your website later with one line of code.</source>
        <translation>内置：之后只需一行代码即可把聊天加到您的网站。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connect later in Settings → Apps</source>
        <translation>稍后在“设置 → 应用”中连接</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <source>Jack answers guests from what it knows about the hotel. Give it your website and it picks up opening hours, breakfast, parking and the like. You can review and add answers later under Knowledge.</source>
        <translation>Jack 根据对酒店的了解回复客人。提供您的网站，它会获取营业时间、早餐、停车等信息。之后可在“知识库”中查看和添加答案。</translation>
    </message>
    <message>
        <source>Hotel website</source>
        <translation>酒店网站</translation>
    </message>
    <message>
        <source>https://www.your-hotel.example</source>
        <translation>https://www.your-hotel.example</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Read the website</source>
        <translation>读取网站</translation>
    </message>
    <message numerus="yes">
        <source>Jack found %n answer(s):</source>
        <translation>
            <numerusform>Jack 找到 %n 条答案：</numerusform>
        </translation>
    </message>
    <message>
        <source>Jack is ready for %1</source>
        <translation>Jack 已为%1准备就绪</translation>
    </message>
    <message>
        <source>your hotel</source>
        <translation>您的酒店</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) imported from your website. </source>
        <translation>
            <numerusform>已从您的网站导入 %n 条答案。</numerusform>
        </translation>
    </message>
    <message>
        <source>You are signed in as the admin. Add your colleagues and connect WhatsApp, SMS or email in Settings.</source>
        <translation>您已作为管理员登录。请在“设置”中添加同事，并连接 WhatsApp、短信或电子邮件。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>暂时跳过</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Use offline AI</source>
        <translation>使用离线 AI</translation>
    </message>
    <message>
        <source>Use this provider</source>
        <translation>使用此服务商</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s)</source>
        <translation>
            <numerusform>导入 %n 条答案</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>打开前台面板</translation>
    </message>
</context>
<context>
    <name>SnoozeButton</name>
    <message>
        <source>Wake now</source>
        <translation>立即恢复</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Snoozed %1. Wake it now</source>
        <translation>已暂缓 %1。立即恢复</translation>
    </message>
    <message>
        <source>Snooze this conversation</source>
        <translation>暂缓此会话</translation>
    </message>
    <message>
        <source>Snoozed %1</source>
        <translation>已暂缓 %1</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Choose someone</source>
        <translation>选择一位员工</translation>
    </message>
    <message>
        <source>Pick a member of staff to change their role, department or password, or add someone new.</source>
        <translation>选择一位员工来更改其角色、部门或密码，或添加新员工。</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>E-mail (used to sign in)</source>
        <translation>邮箱（用于登录）</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>An e-mail cannot change. Add a new account instead.</source>
        <translation>邮箱不能更改。请改为添加新账户。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Ana Ribeiro</source>
        <translation>李娜</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>You cannot take away your own admin rights.</source>
        <translation>您不能取消自己的管理员权限。</translation>
    </message>
    <message>
        <source>The hotel needs at least one admin: make someone else an admin first.</source>
        <translation>酒店至少需要一位管理员：请先将其他人设为管理员。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>front_desk, housekeeping…</source>
        <translation>front_desk, housekeeping…</translation>
    </message>
    <message>
        <source>Optional. Tasks for this department go to this person&apos;s board.</source>
        <translation>可选。该部门的任务会进入此人的任务板。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>At least 10 characters. Give it to them in person; it is never shown again.</source>
        <translation>至少 10 个字符。请当面告知对方；密码不会再次显示。</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>已停用：无法登录</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>At least 10 characters. They are signed out everywhere and sign in again with it.</source>
        <translation>至少 10 个字符。对方会在所有设备上退出登录，需用新密码重新登录。</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their tasks and conversations stay, unassigned.</source>
        <translation>要永久删除 %1 吗？其任务和会话会保留，但不再分配给任何人。</translation>
    </message>
    <message>
        <source>Deactivating keeps the account for later; deleting removes it.</source>
        <translation>停用会保留账户以便日后使用；删除则会移除账户。</translation>
    </message>
    <message>
        <source>You cannot delete your own account.</source>
        <translation>您不能删除自己的账户。</translation>
    </message>
    <message>
        <source>The last admin cannot be deleted.</source>
        <translation>无法删除最后一位管理员。</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>确定删除</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff and roles</source>
        <translation>员工与角色</translation>
    </message>
    <message>
        <source>Staff answer guests and handle tasks. Managers also edit the knowledge base and test apps. Admins change every setting.</source>
        <translation>员工回复客人并处理任务。经理还可以编辑知识库和测试应用。管理员可以更改所有设置。</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>The staff list could not be loaded</source>
        <translation>无法加载员工列表</translation>
    </message>
    <message>
        <source>Nobody here yet</source>
        <translation>还没有员工</translation>
    </message>
    <message>
        <source>Add the people who work at the desk so each signs in with their own account.</source>
        <translation>添加前台工作人员，让每个人用自己的账户登录。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>StaffRow</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1, %2, %3, deactivated</source>
        <translation>%1，%2，%3，已停用</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
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
        <translation>第 %1 步，%2，已完成</translation>
    </message>
    <message>
        <source>Step %1, %2, current</source>
        <translation>第 %1 步，%2，当前</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>第 %1 步，%2</translation>
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
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>%1 号房</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>更多操作</translation>
    </message>
    <message>
        <source>Open conversation</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1，%2，%3，%4</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Assign this task to me</source>
        <translation>将此任务分配给我</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 个未结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>No finished tasks yet</source>
        <translation>暂无已完成的任务</translation>
    </message>
    <message>
        <source>Nothing to do right now</source>
        <translation>目前没有待办事项</translation>
    </message>
    <message>
        <source>Tasks you mark as done are listed here.</source>
        <translation>您标记为完成的任务会列在这里。</translation>
    </message>
    <message>
        <source>When a guest asks for something, Jack opens a task for the right department and it appears here.</source>
        <translation>客人提出需求时，Jack 会为相应部门创建任务，并显示在这里。</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 个逾期</translation>
    </message>
    <message>
        <source>%1 high priority</source>
        <translation>%1 个高优先级</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>No tasks match these filters</source>
        <translation>没有符合筛选条件的任务</translation>
    </message>
    <message>
        <source>Choose “All priorities” and “All departments” to see every task.</source>
        <translation>选择“所有优先级”和“所有部门”查看全部任务。</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>选择模板</translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation>已批准的模板</translation>
    </message>
    <message>
        <source>Send template</source>
        <translation>发送模板</translation>
    </message>
    <message>
        <source>Value for {{%1}}</source>
        <translation>{{%1}} 的值</translation>
    </message>
    <message>
        <source>Template value %1</source>
        <translation>模板值 %1</translation>
    </message>
</context>
<context>
    <name>TestQuestionPanel</name>
    <message>
        <source>Test a question</source>
        <translation>测试问题</translation>
    </message>
    <message>
        <source>Ask as a guest would. You see what Jack would answer and which entries he used; nothing is sent to anyone.</source>
        <translation>像客人一样提问。您会看到 Jack 的回答及其使用的条目；不会发送给任何人。</translation>
    </message>
    <message>
        <source>e.g. What is the Wi-Fi password?</source>
        <translation>例如：Wi-Fi 密码是多少？</translation>
    </message>
    <message>
        <source>Question to test</source>
        <translation>要测试的问题</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>正在提问…</translation>
    </message>
    <message>
        <source>Ask Jack</source>
        <translation>询问 Jack</translation>
    </message>
    <message>
        <source>Is breakfast included?</source>
        <translation>含早餐吗？</translation>
    </message>
    <message>
        <source>Can I check out late?</source>
        <translation>可以延迟退房吗？</translation>
    </message>
    <message>
        <source>¿Cuál es la contraseña del wifi?</source>
        <translation>¿Cuál es la contraseña del wifi?</translation>
    </message>
    <message>
        <source>Where can I park?</source>
        <translation>在哪里停车？</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>试试：%1</translation>
    </message>
    <message>
        <source>Jack would answer</source>
        <translation>Jack 会回答</translation>
    </message>
    <message>
        <source>Would hand over to staff</source>
        <translation>会转交给员工</translation>
    </message>
    <message>
        <source>Why: the entries Jack used</source>
        <translation>原因：Jack 使用的条目</translation>
    </message>
    <message>
        <source>No entry answered this, so Jack would give his holding reply or pass it on. Add an entry that answers it.</source>
        <translation>没有条目能回答此问题，Jack 会给出暂候回复或转交他人。请添加能回答它的条目。</translation>
    </message>
    <message>
        <source>%1, %2. Open the entry</source>
        <translation>%1，%2。打开条目</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Unknown guest</source>
        <translation>未知客人</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>需要您</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Jack handling</source>
        <translation>Jack 处理中</translation>
    </message>
    <message>
        <source>Waiting on guest</source>
        <translation>等待客人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>网页聊天</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>过敏</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>习惯</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>特殊场合</translation>
    </message>
    <message>
        <source>now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>opened just now</source>
        <translation>刚刚创建</translation>
    </message>
    <message>
        <source>opened %1 ago</source>
        <translation>%1前创建</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Waiting to go out</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Not sent yet, retrying: %1</source>
        <translation>尚未发出，正在重试：%1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>未送达：%1</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1（已尝试 %2 次）</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Towels</source>
        <translation>毛巾</translation>
    </message>
    <message>
        <source>Room cleaning</source>
        <translation>客房清洁</translation>
    </message>
    <message>
        <source>Amenities</source>
        <translation>洗漱用品</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>洗衣</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>请勿打扰</translation>
    </message>
    <message>
        <source>Something broken</source>
        <translation>设施损坏</translation>
    </message>
    <message>
        <source>Wi-Fi not working</source>
        <translation>Wi-Fi 无法使用</translation>
    </message>
    <message>
        <source>Room service</source>
        <translation>客房送餐</translation>
    </message>
    <message>
        <source>Concierge</source>
        <translation>礼宾服务</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Special occasion</source>
        <translation>特殊场合</translation>
    </message>
    <message>
        <source>Wake-up call</source>
        <translation>叫醒服务</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>行李</translation>
    </message>
    <message>
        <source>Room change</source>
        <translation>换房</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <source>Locked out / key card</source>
        <translation>进不了门 / 房卡</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪音</translation>
    </message>
    <message>
        <source>Change booking</source>
        <translation>修改预订</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <source>Late check-out</source>
        <translation>延迟退房</translation>
    </message>
    <message>
        <source>Early check-in</source>
        <translation>提前入住</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Wants a person</source>
        <translation>要求人工</translation>
    </message>
    <message>
        <source>Compliment</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Farewell</source>
        <translation>告别</translation>
    </message>
    <message>
        <source>Unclear request</source>
        <translation>请求不明确</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>咨询：%1</translation>
    </message>
    <message>
        <source>Housekeeping</source>
        <translation>客房部</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>工程部</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Housekeeping request</source>
        <translation>客房服务请求</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Concierge request</source>
        <translation>礼宾请求</translation>
    </message>
    <message>
        <source>Call back the guest</source>
        <translation>回电客人</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>until tomorrow %1</source>
        <translation>至明天 %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <translation>至 %1 %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>%1 后到期</translation>
    </message>
</context>
<context>
    <name>jack::desk::AlertWatch</name>
    <message>
        <source>Room %1</source>
        <translation>%1 号房</translation>
    </message>
    <message>
        <source>%1 needs you</source>
        <translation>%1 需要您处理</translation>
    </message>
    <message>
        <source>Task overdue: %1</source>
        <translation>任务逾期：%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n 项任务逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the task board to see them.</source>
        <translation>打开任务板查看。</translation>
    </message>
    <message>
        <source>Rooms %1</source>
        <translation>房间 %1</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急情况</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>紧急情况：%1</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppCatalogModel</name>
    <message>
        <source>Guest channels</source>
        <translation>客人渠道</translation>
    </message>
    <message>
        <source>AI providers</source>
        <translation>AI 服务商</translation>
    </message>
    <message>
        <source>Hotel systems (PMS)</source>
        <translation>酒店系统（PMS）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Working: %1</source>
        <translation>正常：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Always available; answers when no other AI provider is on.</source>
        <translation>始终可用；没有启用其他 AI 服务商时由它回复。</translation>
    </message>
    <message>
        <source>Needs its settings before it can be switched on.</source>
        <translation>需先完成设置才能启用。</translation>
    </message>
    <message>
        <source>Set up but switched off.</source>
        <translation>已设置，但未启用。</translation>
    </message>
    <message>
        <source>Switched on. Use Test connection to check it reaches the provider.</source>
        <translation>已启用。使用“测试连接”检查能否连上服务商。</translation>
    </message>
</context>
<context>
    <name>jack::desk::AppConfigForm</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Saved (%1). Type a new value to replace it.</source>
        <translation>已保存（%1）。输入新值即可替换。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Only a manager or an admin can run a test.</source>
        <translation>只有经理或管理员可以运行测试。</translation>
    </message>
</context>
<context>
    <name>jack::desk::CannedResponseModel</name>
    <message>
        <source>The canned responses could not be loaded: the hub cannot be reached.</source>
        <translation>无法加载快捷回复：无法连接服务。</translation>
    </message>
    <message>
        <source>The canned responses could not be loaded: %1</source>
        <translation>无法加载快捷回复：%1</translation>
    </message>
</context>
<context>
    <name>jack::desk::ConversationListModel</name>
    <message>
        <source>Jack: %1</source>
        <translation>Jack：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
</context>
<context>
    <name>jack::desk::Desk</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>Jack kept no record for this message</source>
        <translation>Jack 没有这条消息的记录</translation>
    </message>
    <message>
        <source>Could not load why Jack said this: %1</source>
        <translation>无法加载 Jack 这样说的原因：%1</translation>
    </message>
    <message>
        <source>The inbox could not be loaded: %1</source>
        <translation>无法加载收件箱：%1</translation>
    </message>
    <message>
        <source>The tasks could not be loaded: %1</source>
        <translation>无法加载任务：%1</translation>
    </message>
    <message>
        <source>Jack could not suggest a reply: %1</source>
        <translation>Jack 无法建议回复：%1</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>无法加载消息：%1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>Jack is handling this</source>
        <translation>Jack 正在处理</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>已分配给您</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Assigned to a colleague</source>
        <translation>已分配给同事</translation>
    </message>
    <message>
        <source>Could not escalate: %1</source>
        <translation>无法升级：%1</translation>
    </message>
    <message>
        <source>Could not resolve: %1</source>
        <translation>无法标记解决：%1</translation>
    </message>
    <message>
        <source>Could not reopen: %1</source>
        <translation>无法重新打开：%1</translation>
    </message>
    <message>
        <source>Could not assign the conversation: %1</source>
        <translation>无法分配会话：%1</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>模板“%1”</translation>
    </message>
    <message>
        <source>The message could not be sent again: %1</source>
        <translation>无法重新发送消息：%1</translation>
    </message>
    <message>
        <source>WhatsApp did not take the reply: the 24-hour window is closed, so only an approved template can reach the guest now. (%1)</source>
        <translation>WhatsApp 未接受此回复：24 小时窗口已关闭，现在只有已批准的模板才能发给客人。（%1）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 is empty; choose another file.</source>
        <translation>%1 是空文件，请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes photos of at most %3. Choose a smaller photo.</source>
        <translation>%1 大小为 %2；WhatsApp 照片最大 %3。请选择更小的照片。</translation>
    </message>
    <message>
        <source>%1 is %2; WhatsApp takes files of at most %3. Choose a smaller file.</source>
        <translation>%1 大小为 %2；WhatsApp 文件最大 %3。请选择更小的文件。</translation>
    </message>
    <message>
        <source>%1 could not be read; choose a file on this computer.</source>
        <translation>无法读取 %1，请选择本机上的文件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the hub could not be reached (%1). Try again.</source>
        <translation>无法连接服务（%1）。请重试。</translation>
    </message>
    <message>
        <source>%1 could not be sent: %2</source>
        <translation>无法发送 %1：%2</translation>
    </message>
    <message>
        <source>The task could not be changed: %1</source>
        <translation>无法修改任务：%1</translation>
    </message>
    <message>
        <source>Earlier messages could not be loaded: %1</source>
        <translation>无法加载更早的消息：%1</translation>
    </message>
    <message>
        <source>Could not snooze the conversation: %1</source>
        <translation>无法暂缓会话：%1</translation>
    </message>
    <message>
        <source>Could not bring the conversation back: %1</source>
        <translation>无法恢复会话：%1</translation>
    </message>
    <message>
        <source>The task could not be assigned to you: %1</source>
        <translation>无法将任务分配给您：%1</translation>
    </message>
    <message>
        <source>The task is still open: the guest could not be told (%1)</source>
        <translation>任务仍未完成：无法通知客人（%1）</translation>
    </message>
    <message>
        <source>The task could not be completed: %1</source>
        <translation>无法完成任务：%1</translation>
    </message>
    <message>
        <source>Done. The guest has been told.</source>
        <translation>已完成，已通知客人。</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestDirectory</name>
    <message>
        <source>The hub cannot be reached. The list will load when it is back.</source>
        <translation>无法连接服务。恢复后将加载列表。</translation>
    </message>
    <message>
        <source>You are not allowed to see guests.</source>
        <translation>您无权查看客人。</translation>
    </message>
    <message>
        <source>The hub could not load the guests (%1).</source>
        <translation>服务无法加载客人（%1）。</translation>
    </message>
    <message>
        <source>No guest matches “%1”</source>
        <translation>没有与“%1”匹配的客人</translation>
    </message>
    <message>
        <source>No arrivals today</source>
        <translation>今日无抵达</translation>
    </message>
    <message>
        <source>No guests in house</source>
        <translation>暂无在住客人</translation>
    </message>
    <message>
        <source>No departures today</source>
        <translation>今日无离店</translation>
    </message>
    <message>
        <source>No guests yet</source>
        <translation>还没有客人</translation>
    </message>
    <message>
        <source>Try part of the name, the phone number, the e-mail or the room.</source>
        <translation>试试姓名的一部分、电话、邮箱或房号。</translation>
    </message>
    <message>
        <source>Try “All guests”, or part of the name, phone, e-mail or room.</source>
        <translation>试试“所有客人”，或姓名的一部分、电话、邮箱或房号。</translation>
    </message>
    <message>
        <source>Reservations arriving today appear here. See “In house” for guests already checked in.</source>
        <translation>今日抵达的预订会显示在这里。已入住的客人请查看“在住”。</translation>
    </message>
    <message>
        <source>Checked-in guests appear here once your PMS reports them.</source>
        <translation>PMS 报告后，已入住的客人会显示在这里。</translation>
    </message>
    <message>
        <source>Guests leaving today appear here, so you can prepare their check-out.</source>
        <translation>今日离店的客人会显示在这里，方便您准备退房。</translation>
    </message>
    <message>
        <source>A guest appears as soon as they write to the hotel or a reservation arrives.</source>
        <translation>客人一旦给酒店发消息或有预订到达，就会显示在这里。</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestListModel</name>
    <message>
        <source>In house</source>
        <translation>在住</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已退房</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>No stay</source>
        <translation>无入住</translation>
    </message>
    <message>
        <source>%1 · 1 night</source>
        <extracomment>%1 is a date range like &quot;27 – 30 Nov&quot;</extracomment>
        <translation>%1 · 1 晚</translation>
    </message>
    <message>
        <source>%1 · %2 nights</source>
        <translation>%1 · %2 晚</translation>
    </message>
</context>
<context>
    <name>jack::desk::GuestProfile</name>
    <message>
        <source>Only a manager or an admin can export or erase a guest&apos;s data. Ask one if the guest makes a data request.</source>
        <translation>只有经理或管理员可以导出或删除客人数据。如客人提出数据请求，请联系他们。</translation>
    </message>
    <message>
        <source>this guest</source>
        <translation>此客人</translation>
    </message>
    <message>
        <source>Added by staff</source>
        <translation>员工添加</translation>
    </message>
    <message>
        <source>Heard by Jack</source>
        <translation>Jack 听到的</translation>
    </message>
    <message>
        <source>the memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export could not be saved to %1: %2</source>
        <translation>无法将导出保存到 %1：%2</translation>
    </message>
    <message>
        <source>the erasure</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The hub cannot be reached; %1 was not saved. Try again when it is back.</source>
        <translation>无法连接服务，%1未保存。恢复后请重试。</translation>
    </message>
    <message>
        <source>Your role may not change %1.</source>
        <translation>您的角色无权更改%1。</translation>
    </message>
    <message>
        <source>This guest or memory no longer exists. The list was reloaded.</source>
        <translation>此客人或记忆已不存在，列表已重新加载。</translation>
    </message>
    <message>
        <source>That was refused: it conflicts with what the hub has.</source>
        <translation>已被拒绝：与服务中的数据冲突。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>已拒绝：%1。</translation>
    </message>
    <message>
        <source>Please check %1: %2.</source>
        <translation>请检查%1：%2。</translation>
    </message>
    <message>
        <source>The hub could not handle %1 (%2).</source>
        <translation>服务无法处理%1（%2）。</translation>
    </message>
</context>
<context>
    <name>jack::desk::HealthBoard</name>
    <message>
        <source>Working</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Partly working</source>
        <translation>部分正常</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Everything is working.</source>
        <translation>一切正常。</translation>
    </message>
    <message>
        <source>Jack is running, but something needs a look. See below.</source>
        <translation>Jack 正在运行，但有问题需要查看，详见下方。</translation>
    </message>
    <message>
        <source>Jack&apos;s database is not working. Guests&apos; messages may not be saved.</source>
        <translation>Jack 的数据库出现故障，客人的消息可能无法保存。</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached. Check that it is running.</source>
        <translation>无法连接 Jack 的服务。请检查它是否在运行。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>A %1 message was not delivered</source>
        <translation>一条%1消息未送达</translation>
    </message>
    <message>
        <source>A %1 message to %2 was not delivered</source>
        <translation>发给 %2 的一条%1消息未送达</translation>
    </message>
    <message>
        <source>%1 did not answer a request from Jack</source>
        <translation>%1 未响应 Jack 的请求</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: the hub cannot be reached.</source>
        <translation>无法加载数据：无法连接服务。</translation>
    </message>
    <message>
        <source>The numbers could not be loaded: %1</source>
        <translation>无法加载数据：%1</translation>
    </message>
    <message>
        <source>Message hub</source>
        <translation>消息服务</translation>
    </message>
    <message>
        <source>Receives guests&apos; messages and serves the desks</source>
        <translation>接收客人消息并为各前台终端提供服务</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Keeps every conversation, task and setting</source>
        <translation>保存所有会话、任务和设置</translation>
    </message>
    <message>
        <source>Answers with %1</source>
        <translation>使用%1回复</translation>
    </message>
    <message>
        <source>AI replies</source>
        <translation>AI 回复</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>No messaging channel is connected yet (Settings → Apps)</source>
        <translation>尚未连接任何消息渠道（设置 → 应用）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no guest messages</source>
        <translation>无客人消息</translation>
    </message>
    <message>
        <source>Anthropic (Claude)</source>
        <translation>Anthropic（Claude）</translation>
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
        <translation>Jack 离线引擎</translation>
    </message>
    <message>
        <source>no replies yet</source>
        <translation>暂无回复</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>jack::desk::HotelSettingsForm</name>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>jack::desk::HubProblem</name>
    <message>
        <source>The hub cannot be reached. Check that it is running, then try again.</source>
        <translation>无法连接服务。请检查它是否在运行，然后重试。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Only an admin can change this.</source>
        <translation>只有管理员可以更改此项。</translation>
    </message>
    <message>
        <source>The hub ran into a problem. Try again in a moment.</source>
        <translation>服务出现问题，请稍后重试。</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeBook</name>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The knowledge base will load when it is back.</source>
        <translation>无法连接服务。恢复后将加载知识库。</translation>
    </message>
    <message>
        <source>The hub could not load the knowledge base (%1).</source>
        <translation>服务无法加载知识库（%1）。</translation>
    </message>
    <message>
        <source>Give the entry a title, a category and the text Jack may tell guests.</source>
        <translation>请为条目填写标题、类别以及 Jack 可以告诉客人的文字。</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was saved. Try again when it is back.</source>
        <translation>无法连接服务，未保存任何内容。恢复后请重试。</translation>
    </message>
    <message>
        <source>Only a manager or an admin can change the knowledge base.</source>
        <translation>只有经理或管理员可以修改知识库。</translation>
    </message>
    <message>
        <source>This entry was deleted meanwhile.</source>
        <translation>此条目已在此期间被删除。</translation>
    </message>
    <message>
        <source>The hub refused the entry: %1.</source>
        <translation>服务拒绝了该条目：%1。</translation>
    </message>
    <message>
        <source>The hub could not save the entry (%1).</source>
        <translation>服务无法保存该条目（%1）。</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeImport</name>
    <message>
        <source>Type the address of the hotel&apos;s website, e.g. https://www.your-hotel.com/</source>
        <translation>请输入酒店网站地址，例如 https://www.your-hotel.com/</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>无法连接服务。恢复后请重试。</translation>
    </message>
    <message>
        <source>Only an admin can import from a website.</source>
        <translation>只有管理员可以从网站导入。</translation>
    </message>
    <message>
        <source>The hub could not read that website: %1.</source>
        <translation>服务无法读取该网站：%1。</translation>
    </message>
    <message>
        <source>That address was refused: %1.</source>
        <translation>该地址被拒绝：%1。</translation>
    </message>
    <message>
        <source>Read %1 page(s) of the website.</source>
        <translation>已读取网站的 %1 个页面。</translation>
    </message>
    <message>
        <source>Read %1 page(s); skipped %2 (%3).</source>
        <translation>已读取 %1 个页面；跳过 %2 个（%3）。</translation>
    </message>
    <message>
        <source>Tick at least one entry to import, or go back.</source>
        <translation>请至少勾选一个要导入的条目，或返回上一步。</translation>
    </message>
    <message>
        <source>The hub cannot be reached; nothing was imported.</source>
        <translation>无法连接服务，未导入任何内容。</translation>
    </message>
    <message>
        <source>The hub refused the import: %1. Fix the entry and try again.</source>
        <translation>服务拒绝了导入：%1。请修正条目后重试。</translation>
    </message>
    <message>
        <source>Imported %1 entries. Jack can answer from them now.</source>
        <translation>已导入 %1 个条目，Jack 现在可以据此回答。</translation>
    </message>
    <message>
        <source>Imported %1 entries; %2 were already known and left out.</source>
        <translation>已导入 %1 个条目；%2 个已存在，未导入。</translation>
    </message>
</context>
<context>
    <name>jack::desk::KnowledgeQuestion</name>
    <message>
        <source>That question is too long: keep it under %1 characters, as a guest would.</source>
        <translation>问题太长：请像客人一样控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Try again when it is back.</source>
        <translation>无法连接服务。恢复后请重试。</translation>
    </message>
    <message>
        <source>Jack&apos;s answering service is not running on the hub right now.</source>
        <translation>Jack 的回答服务目前未在服务中运行。</translation>
    </message>
    <message>
        <source>Jack could not answer the test question (%1).</source>
        <translation>Jack 无法回答测试问题（%1）。</translation>
    </message>
    <message>
        <source>%1% match</source>
        <extracomment>how well an entry matches the question, 0 to 100</extracomment>
        <translation>匹配度 %1%</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>离线引擎</translation>
    </message>
    <message>
        <source>Language model (%1)</source>
        <translation>语言模型（%1）</translation>
    </message>
    <message>
        <source>%1% sure</source>
        <translation>把握度 %1%</translation>
    </message>
</context>
<context>
    <name>jack::desk::MediaDownloads</name>
    <message>
        <source>The file could not be saved in %1</source>
        <translation>无法将文件保存到 %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::MessageListModel</name>
    <message>
        <source>Jack</source>
        <translation>Jack</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · 正在重试</translation>
    </message>
</context>
<context>
    <name>jack::desk::NoteBoard</name>
    <message>
        <source>The note could not be saved: the hub cannot be reached.</source>
        <translation>无法保存备注：无法连接服务。</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>无法保存备注：%1</translation>
    </message>
</context>
<context>
    <name>jack::desk::QuickSwitcherModel</name>
    <message>
        <source>Screen</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>%1 号房</translation>
    </message>
</context>
<context>
    <name>jack::desk::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>会话已结束，请重新登录。</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>请输入邮箱和密码。</translation>
    </message>
    <message>
        <source>That email and password do not match. Try again.</source>
        <translation>邮箱与密码不匹配，请重试。</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>尝试次数过多。请稍等一分钟再试。</translation>
    </message>
    <message>
        <source>Jack cannot be reached at %1. Check that the hub is running.</source>
        <translation>无法通过 %1 连接 Jack。请检查服务是否在运行。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SetupWizard</name>
    <message>
        <source>Enter the hotel&apos;s name.</source>
        <translation>请输入酒店名称。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>请输入您的邮箱地址。</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>This hub was set up from another desk meanwhile. Sign in with the account created there.</source>
        <translation>此服务已在另一台前台终端上完成设置。请使用在那里创建的账户登录。</translation>
    </message>
    <message>
        <source>Creating the account failed</source>
        <translation>创建账户失败</translation>
    </message>
    <message>
        <source>Saving the AI choice failed</source>
        <translation>保存 AI 选择失败</translation>
    </message>
    <message>
        <source>Choose Anthropic or OpenAI.</source>
        <translation>请选择 Anthropic 或 OpenAI。</translation>
    </message>
    <message>
        <source>Paste the API key from the provider&apos;s website.</source>
        <translation>请粘贴服务商网站提供的 API 密钥。</translation>
    </message>
    <message>
        <source>Saving the key failed</source>
        <translation>保存密钥失败</translation>
    </message>
    <message>
        <source>Testing the key failed</source>
        <translation>测试密钥失败</translation>
    </message>
    <message>
        <source>Changing the channel failed</source>
        <translation>更改渠道失败</translation>
    </message>
    <message>
        <source>Enter the address of the hotel&apos;s website.</source>
        <translation>请输入酒店网站地址。</translation>
    </message>
    <message>
        <source>Reading the website failed</source>
        <translation>读取网站失败</translation>
    </message>
    <message>
        <source>Nothing Jack could use was found there. Try another page, or add answers later under Knowledge.</source>
        <translation>那里没有找到 Jack 可用的内容。请换一个页面试试，或稍后在“知识库”中添加答案。</translation>
    </message>
    <message>
        <source>Importing failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Jack&apos;s hub cannot be reached at %1. Check that it is running.</source>
        <translation>无法通过 %1 连接 Jack 的服务。请检查它是否在运行。</translation>
    </message>
    <message>
        <source>this account may not do that. Sign in as an admin.</source>
        <translation>此账户无权执行该操作。请以管理员身份登录。</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>服务返回了 %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::SmsMeter</name>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>%1 characters · 1 segment (%2)</source>
        <extracomment>%1 characters, %2 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 个字符 · 1 段（%2）</translation>
    </message>
    <message>
        <source>%1 characters · %2 segments (%3)</source>
        <extracomment>%1 characters, %2 segments, %3 the encoding (&quot;GSM-7&quot; or &quot;Unicode&quot;)</extracomment>
        <translation>%1 个字符 · %2 段（%3）</translation>
    </message>
</context>
<context>
    <name>jack::desk::SnoozePresets</name>
    <message>
        <source>In 1 hour · %1</source>
        <translation>1 小时后 · %1</translation>
    </message>
    <message>
        <source>This evening · %1</source>
        <translation>今晚 · %1</translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation>明天 · %1</translation>
    </message>
</context>
<context>
    <name>jack::desk::StaffDirectory</name>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 现在可以登录了。</translation>
    </message>
    <message>
        <source>Saved the changes for %1.</source>
        <translation>已保存 %1 的更改。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 is deactivated and signed out.</source>
        <translation>%1 已停用并已退出登录。</translation>
    </message>
    <message>
        <source>%1 has a new password and was signed out everywhere.</source>
        <translation>%1 已设置新密码，并已在所有设备上退出登录。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskCreator</name>
    <message>
        <source>The task could not be created: the hub cannot be reached.</source>
        <translation>无法创建任务：无法连接服务。</translation>
    </message>
    <message>
        <source>The task could not be created: %1</source>
        <translation>无法创建任务：%1</translation>
    </message>
</context>
<context>
    <name>jack::desk::TaskListModel</name>
    <message>
        <source>All departments</source>
        <translation>所有部门</translation>
    </message>
</context>
</TS>
