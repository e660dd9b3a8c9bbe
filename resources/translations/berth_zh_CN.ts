<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/operations/UndoHistory.cpp" line="+82"/>
        <source>a repository delete cannot be undone</source>
        <translation>删除仓库的操作无法撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was deleted (%1)</source>
        <translation>没有删除任何内容（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recorded before Berth kept what undo needs</source>
        <translation>记录于 Berth 开始保存撤销所需数据之前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded for undo</source>
        <translation>未为撤销做记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/AccountsDialog.ui" line="+6"/>
        <source>Registry accounts</source>
        <translation>镜像仓库账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a saved registry account to edit it</source>
        <translation>选择一个已保存的镜像仓库账户进行编辑</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new registry account</source>
        <translation>新建一个镜像仓库账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected account and its saved secret</source>
        <translation>删除所选账户及其已保存的密钥</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harbor.example.com</source>
        <translation>harbor.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A name for this account, shown in the registry tree</source>
        <translation>此账户的名称，显示在镜像仓库树中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry &amp;URL:</source>
        <translation>镜像仓库 &amp;URL：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://harbor.example.com</source>
        <translation>https://harbor.example.com</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registry URL</source>
        <translation>镜像仓库地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The address of the Harbor registry</source>
        <translation>Harbor 镜像仓库的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>账户类型(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Robot account, user account or anonymous access</source>
        <translation>机器人账户、用户账户或匿名访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>robot$project+name</source>
        <translation>robot$project+name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The robot name, such as robot$project+name, or a user name</source>
        <translation>机器人账户名（例如 robot$project+name）或用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain or kept for this session only, never shown</source>
        <translation>保存在系统钥匙串中，或仅在本次会话中保留，从不显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import robot JSON…</source>
        <translation>导入机器人账户 JSON(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import robot JSON file</source>
        <translation>导入机器人账户 JSON 文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill in the name and secret from the file Harbor exports for a new robot</source>
        <translation>从 Harbor 为新机器人账户导出的文件中填入名称和密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the secret:</source>
        <translation>密钥保存在：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the &amp;keychain</source>
        <translation>系统钥匙串(&amp;K)中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the secret in the keychain</source>
        <translation>将密钥保存在系统钥匙串中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this &amp;session only</source>
        <translation>仅本次会话(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the secret for this session only</source>
        <translation>仅在本次会话中保留密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret is forgotten when Berth quits</source>
        <translation>退出 Berth 后密钥即被丢弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: company CA certificate (PEM)</source>
        <translation>可选：公司 CA 证书（PEM）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: a company CA certificate in PEM format</source>
        <translation>可选：PEM 格式的公司 CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pinned certificate:</source>
        <translation>固定证书(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the SHA-256 fingerprint of the server&apos;s own certificate (not of the CA that signed it)</source>
        <translation>可选：服务器自身证书（而不是为其签名的 CA）的 SHA-256 指纹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional: SHA-256 fingerprint of the server&apos;s own certificate, not its CA</source>
        <translation>可选：服务器自身证书的 SHA-256 指纹，不是其 CA 的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned certificate fingerprint</source>
        <translation>固定的证书指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow plain &amp;http (the secret travels unencrypted)</source>
        <translation>允许明文 &amp;http（密钥将以未加密方式传输）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allow plain http</source>
        <translation>允许明文 http</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret travels unencrypted over http</source>
        <translation>密钥将通过 http 以未加密的方式传输</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robot expires:</source>
        <translation>机器人账户到期：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks Harbor who it thinks you are and what you may do</source>
        <translation>询问 Harbor 把你识别为谁，以及你有哪些权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save account</source>
        <translation>保存账户</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>ActionJournalText</name>
    <message>
        <location filename="../../src/operations/ActionJournal.cpp" line="+42"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a symbolic link, which the journal never follows</source>
        <translation>它是符号链接，操作日志从不跟随符号链接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/AddTagDialog.ui" line="+6"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;tag:</source>
        <translation>新标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. v1.4 or prod</source>
        <translation>例如 v1.4 或 prod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What will be created</source>
        <translation>将要创建的内容</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <location filename="../../ui/CleanupDialog.ui" line="+6"/>
        <source>Clean up</source>
        <translation>清理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sco&amp;pe:</source>
        <translation>范围(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the plan covers: * for the whole registry, PROJECT, PROJECT/FOLDER/ or PROJECT/REPO; Enter applies it</source>
        <translation>计划覆盖的范围：* 表示整个镜像仓库，或 PROJECT、PROJECT/FOLDER/、PROJECT/REPO；按回车应用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>* (the whole registry), PROJECT, PROJECT/FOLDER/ or PROJECT/REPO</source>
        <translation>*（整个镜像仓库）、PROJECT、PROJECT/FOLDER/ 或 PROJECT/REPO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules (filters must all hold; keep rules always win; immutable tags are always kept)</source>
        <translation>规则（所有筛选条件必须同时满足；保留规则始终优先；不可变标签始终保留）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags &amp;matching:</source>
        <translation>匹配的标签(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select tags matching</source>
        <translation>选择匹配的标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pattern for the tag names to remove; empty selects any tag</source>
        <translation>要移除的标签名称模式；留空则选择所有标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern kind</source>
        <translation>模式类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the pattern is a glob or a regular expression</source>
        <translation>模式是通配符还是正则表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untagged artifacts only</source>
        <translation>仅未打标签的制品(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untagged artifacts only</source>
        <translation>仅未打标签的制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed more than:</source>
        <translation>推送超过：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30d (ago)</source>
        <translation>例如 30d（前）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pushed more than</source>
        <translation>推送超过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A duration such as 30d: select what was pushed longer ago</source>
        <translation>时长，例如 30d：选择推送时间早于此时长的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pulled more than:</source>
        <translation>最后拉取超过：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 90d ago (never pulled counts)</source>
        <translation>例如 90d 前（从未拉取也算）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last pulled more than</source>
        <translation>最后拉取超过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A duration such as 90d: select what was last pulled longer ago, or never</source>
        <translation>时长，例如 90d：选择最后一次拉取早于此时长或从未被拉取的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> per repository</source>
        <translation> 个/每个仓库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest tags</source>
        <translation>保留最新的标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many of the newest tags to keep in each repository</source>
        <translation>每个仓库中保留多少个最新的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tags matching:</source>
        <translation>保留匹配的标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular expression, e.g. release-.*|latest</source>
        <translation>正则表达式，例如 release-.*|latest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep tags matching</source>
        <translation>保留匹配的标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A regular expression for tags that are always kept</source>
        <translation>始终保留的标签所匹配的正则表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep if pulled within:</source>
        <translation>保留在此时间内拉取过的：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 14d</source>
        <translation>例如 14d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep pulled within</source>
        <translation>保留近期拉取过的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A duration such as 14d: keep anything pulled within it</source>
        <translation>时长，例如 14d：保留在此时长内拉取过的任何内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fetch from Harbor</source>
        <translation>从 Harbor 重新获取(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refetch from Harbor</source>
        <translation>从 Harbor 重新获取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loads the tags again and recomputes the plan</source>
        <translation>重新加载标签并重新计算计划</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every tag in the scope, marked remove or keep, with the rule that decided</source>
        <translation>范围内的每个标签，标记为移除或保留，并注明起决定作用的规则</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 &amp;JSON…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export plan as JSON</source>
        <translation>将计划导出为 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 &amp;CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export plan as CSV</source>
        <translation>将计划导出为 CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run plan…</source>
        <translation>执行计划(&amp;R)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deletes what the plan marks for removal, after a confirmation</source>
        <translation>确认后删除计划中标记为移除的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>CleanupEvaluator</name>
    <message>
        <location filename="../../src/operations/CleanupEvaluator.cpp" line="+43"/>
        <source>kept: immutable tag (Harbor refuses to delete it)</source>
        <translation>保留：不可变标签（Harbor 拒绝删除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: tagged, and the rules select untagged artifacts only</source>
        <translation>保留：带有标签，而规则只选择未打标签的制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: untagged, and the rules select tags matching %1</source>
        <translation>保留：未打标签，而规则选择匹配 %1 的标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: the name does not match %1</source>
        <translation>保留：名称不匹配 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: matches the keep %1</source>
        <translation>保留：匹配保留规则 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: media type %1 is not %2</source>
        <translation>保留：媒体类型 %1 不是 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: type %1 is not %2</source>
        <translation>保留：类型 %1 不是 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: pushed %1, not more than %2 ago</source>
        <translation>保留：推送于 %1，未超过 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: pulled %1, within %2</source>
        <translation>保留：拉取于 %1，在 %2 之内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: pulled %1, within the last %2</source>
        <translation>保留：拉取于 %1，在最近 %2 之内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: #%1 of the %2 newest tags by image creation date</source>
        <translation>保留：按镜像创建时间排在最新 %2 个标签中的第 %1 位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: #%1 of the %2 newest tags by push time</source>
        <translation>保留：按推送时间排在最新 %2 个标签中的第 %1 位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushed %1 (more than %2)</source>
        <translation>推送于 %1（超过 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last pulled %1 (more than %2)</source>
        <translation>最后拉取于 %1（超过 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never pulled</source>
        <translation>从未拉取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not among the %1 newest tags (#%2)</source>
        <translation>不在最新的 %1 个标签之内（第 %2 位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untagged</source>
        <translation>未打标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule keeps it</source>
        <translation>没有规则保留它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove: %1</source>
        <translation>移除：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name matches %1</source>
        <translation>名称匹配 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/operations/CleanupRules.cpp" line="+209"/>
        <source>media type %1</source>
        <translation>媒体类型 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/operations/CleanupRules.cpp" line="+2"/>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupRules.cpp" line="-124"/>
        <source>glob &apos;%1&apos;</source>
        <translation>通配符“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regex &apos;%1&apos;</source>
        <translation>正则表达式“%1”</translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupDuration.cpp" line="+16"/>
        <source>&apos;%1&apos; is not a duration (%2); use e.g. 30d, 12h, 2w</source>
        <translation>“%1”不是有效的时长（%2）；请使用例如 30d、12h、2w 的写法</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a number at &apos;%1&apos;</source>
        <translation>在“%1”处应为数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number too large</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a unit is missing: s, m, h, d or w</source>
        <translation>缺少单位：s、m、h、d 或 w</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>未知单位“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than 100 years</source>
        <translation>超过 100 年</translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupEvaluator.cpp" line="+1"/>
        <source>in the future</source>
        <translation>在未来</translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupRules.cpp" line="+17"/>
        <source>&apos;%1&apos; is not a scope: use PROJECT, PROJECT/REPO, PROJECT/FOLDER/ or *</source>
        <translation>“%1”不是有效的范围：请使用 PROJECT、PROJECT/REPO、PROJECT/FOLDER/ 或 *</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>keep-last must not be negative</source>
        <translation>keep-last 不能为负数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>durations must not be negative</source>
        <translation>时长不能为负数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>untagged artifacts</source>
        <translation>未打标签的制品</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>tags matching %1</source>
        <translation>匹配 %1 的标签</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>pushed more than %1 ago</source>
        <translation>推送超过 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not pulled in %1</source>
        <translation>%1 内未被拉取</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 newest tags per repository</source>
        <translation>每个仓库最新的 %1 个标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anything pulled within %1</source>
        <translation>%1 内拉取过的任何内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>immutable tags</source>
        <translation>不可变标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove %1; keep %2</source>
        <translation>移除 %1；保留 %2</translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupEvaluator.cpp" line="+204"/>
        <source>%1 now points to %2, the plan had %3</source>
        <translation>%1 现在指向 %2，计划中是 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tag %1 is no longer on %2</source>
        <translation>标签 %1 已不在 %2 上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tag %1 is immutable now</source>
        <translation>标签 %1 现在是不可变的</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the artifact has tags now: %1</source>
        <translation>该制品现在有标签：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was pushed again since the plan</source>
        <translation>%1 在计划生成后又被推送过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule no longer holds: %1</source>
        <translation>规则已不再成立：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <location filename="../../ui/ConfirmDeleteDialog.ui" line="+6"/>
        <source>Confirm delete</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tags and artifacts that will be deleted</source>
        <translation>将被删除的标签和制品</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Harbor frees the storage only when garbage collection runs.</source>
        <translation>只有在运行垃圾回收（GC）后，Harbor 才会释放存储空间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the requested word to enable the delete button</source>
        <translation>输入所要求的内容后，删除按钮才可用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>CopyToDialog</name>
    <message>
        <location filename="../../ui/CopyToDialog.ui" line="+6"/>
        <source>Copy to</source>
        <translation>复制到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Registry:</source>
        <translation>镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target registry</source>
        <translation>目标镜像仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epository:</source>
        <translation>仓库(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target repository</source>
        <translation>目标仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which tags</source>
        <translation>哪些标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tags</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tag1, tag2</source>
        <translation>tag1, tag2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;signatures and other referrers</source>
        <translation>复制签名和其他引用者(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also copy what refers to this artifact: OCI referrers (SBOMs, attestations, signatures) and cosign&apos;s .sig, .att and .sbom tags.</source>
        <translation>同时复制引用此制品的内容：OCI 引用者（SBOM、证明、签名）以及 cosign 的 .sig、.att 和 .sbom 标签。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What will be created</source>
        <translation>将要创建的内容</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../ui/DetailsPane.ui" line="+24"/>
        <source>Digest:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Media type:</source>
        <translation>媒体类型：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manifest type:</source>
        <translation>清单类型：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pushed:</source>
        <translation>推送时间：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pulled:</source>
        <translation>拉取时间：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Platforms:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels:</source>
        <translation>标签（Label）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vulnerabilities:</source>
        <translation>漏洞：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags on this artifact:</source>
        <translation>此制品上的标签：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Immutable:</source>
        <translation>不可变：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pull commands</source>
        <translation>拉取命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>docker, by tag</source>
        <translation>docker，按标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Copies the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>podman, by tag</source>
        <translation>podman，按标签</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>docker, by digest</source>
        <translation>docker，按摘要</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>podman, by digest</source>
        <translation>podman，按摘要</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../ui/DiagnosisDialog.ui" line="+6"/>
        <source>Why did this fail?</source>
        <translation>为什么失败了？</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What was sent, what came back, and what the probes found</source>
        <translation>发送了什么、收到了什么，以及探测结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the request sent and what the follow-up probes found</source>
        <translation>请求发送了什么，以及后续探测发现了什么</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same request with curl</source>
        <translation>用 curl 发送的同一请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curl command that repeats the failed request</source>
        <translation>重复这次失败请求的 curl 命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows the secret in the curl command instead of a placeholder</source>
        <translation>在 curl 命令中显示真实密钥，而不是占位符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy curl command</source>
        <translation>复制 curl 命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/diagnosis/CauseWording.cpp" line="+25"/>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="+38"/>
        <source>anonymous</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Harbor&apos;s REST API ignores registry Bearer tokens</source>
        <translation>Harbor 的 REST API 不认镜像仓库的 Bearer 令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request carried &quot;Authorization: Bearer …&quot;. Tokens from /service/token are valid only on the registry&apos;s /v2/ endpoints; the REST API under /api/v2.0 does not look at them. </source>
        <translation>请求携带的是“Authorization: Bearer …”。/service/token 签发的令牌只对镜像仓库的 /v2/ 接口有效，/api/v2.0 下的 REST API 根本不看它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token from docker login or /service/token was sent to /api/v2.0.</source>
        <translation>把 docker login 或 /service/token 得到的令牌发给了 /api/v2.0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the robot&apos;s name and secret as HTTP Basic instead: curl -u &apos;robot$project+name:SECRET&apos; …</source>
        <translation>请改用 HTTP Basic 发送机器人账户的名称和密钥：curl -u &apos;robot$project+name:SECRET&apos; …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No credentials were sent</source>
        <translation>请求没有携带凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request went out without an Authorization header, so Harbor handled it as anonymous. </source>
        <translation>请求发出时没有 Authorization 头，因此 Harbor 把它当作匿名请求处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request carried browser session cookies (%1) instead of credentials; Harbor&apos;s API needs HTTP Basic for scripts.</source>
        <translation>请求携带的是浏览器会话 Cookie（%1），而不是凭据；脚本调用 Harbor API 需要使用 HTTP Basic 认证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="+136"/>
        <source>The profile is anonymous, or no secret has been saved for it.</source>
        <translation>该账户配置是匿名的，或者还没有为它保存密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the robot account&apos;s name and secret to the profile (Edit credentials), or pass them with --password-stdin.</source>
        <translation>在账户配置中填写机器人账户的名称和密钥（“编辑凭据”），或通过 --password-stdin 传入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret could not be read from the keyring</source>
        <translation>无法从密钥环读取密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile says a secret was saved, but the keyring did not return it, so the request went out without credentials and Harbor treated it as anonymous. The keyring may be locked, or the secret was removed outside Berth.</source>
        <translation>账户配置显示已保存过密钥，但密钥环没有返回它，因此请求在没有凭据的情况下发出，被 Harbor 当作匿名请求处理。可能是密钥环已锁定，或者密钥在 Berth 之外被删除了。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login keyring is locked.</source>
        <translation>登录密钥环已锁定。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret was removed outside Berth.</source>
        <translation>密钥在 Berth 之外被删除了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (for example in Seahorse) and retry, or enter the secret again.</source>
        <translation>解锁密钥环（例如在 Seahorse 中）后重试，或重新输入密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret looks like a token, not a robot secret</source>
        <translation>这个密钥看起来是令牌，而不是机器人账户的密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret starts like a JWT (eyJ…). Harbor&apos;s REST API wants the robot&apos;s own secret, the one shown once when the robot was created. A registry token used as a password is rejected, and the request then runs as anonymous. </source>
        <translation>该密钥的开头像是 JWT（eyJ…）。Harbor 的 REST API 需要的是机器人账户自己的密钥，也就是创建机器人账户时只显示一次的那个。把镜像仓库令牌当作密码使用会被拒绝，请求随后会以匿名身份执行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the robot secret from Harbor&apos;s &quot;export to file&quot; or refresh the robot&apos;s secret.</source>
        <translation>请使用 Harbor“导出到文件”得到的机器人密钥，或者刷新该机器人账户的密钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The robot name %1 looks mangled by a shell</source>
        <translation>机器人账户名 %1 看起来被 shell 改写了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In double quotes a shell expands $name, so &quot;robot$team+ci&quot; becomes &quot;robot+ci&quot;. Harbor does not recognise the result as a robot, tries it as a user login, fails, and carries on anonymously. </source>
        <translation>在双引号中，shell 会展开 $name，于是“robot$team+ci”变成了“robot+ci”。Harbor 不会把结果识别为机器人账户，而是把它当作普通用户登录来尝试，失败后便以匿名身份继续执行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name %1 lacks the robot prefix %2</source>
        <translation>名称 %1 缺少机器人账户前缀 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor recognises a robot only by its prefix (%1 unless the admin changed it). Without it the name is tried as a user login, which fails, and the request runs as anonymous. </source>
        <translation>Harbor 只通过前缀识别机器人账户（默认为 %1，除非管理员修改过）。缺少前缀时，该名称会被当作普通用户登录来尝试，结果失败，请求便以匿名身份执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The intended name is probably %1.</source>
        <translation>你想用的名称很可能是 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shell read the start of the project name as a variable and left only &quot;%1&quot; of it; &lt;project&gt; stands for that start.</source>
        <translation>shell 把项目名称的开头当作变量读取，只留下了其中的 &quot;%1&quot;；&lt;project&gt; 代表被吃掉的开头部分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the full robot name in single quotes, e.g. -u &apos;%1:SECRET&apos;, or escape the dollar sign.</source>
        <translation>请用单引号包住完整的机器人账户名，例如 -u &apos;%1:SECRET&apos;，或者对美元符号进行转义。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor did not accept the credentials for %1</source>
        <translation>Harbor 不接受 %1 的凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor does not say why credentials fail; its core log does, under request id %1.</source>
        <translation>Harbor 不会说明凭据失败的原因，但它的 core 日志里有记录，请按请求 ID %1 查找。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The robot expired on %1.</source>
        <translation>该机器人账户已于 %1 过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret is wrong or was refreshed.</source>
        <translation>密钥错误，或者已被刷新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The robot account is disabled, expired or was deleted.</source>
        <translation>该机器人账户已被禁用、已过期或已被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name does not match exactly (project part, upper/lower case).</source>
        <translation>名称不完全匹配（项目部分、大小写）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a project admin to check the robot (Robot Accounts) and refresh its secret, then update the profile.</source>
        <translation>请项目管理员检查该机器人账户（“机器人账户”页面）并刷新其密钥，然后更新账户配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An OIDC password cannot be used on Harbor&apos;s API</source>
        <translation>Harbor 的 API 不能使用 OIDC 密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Harbor signs users in with OIDC. Its API accepts an OIDC user&apos;s CLI secret on a few paths only, and never the identity provider&apos;s password; everything else runs as anonymous. </source>
        <translation>这个 Harbor 通过 OIDC 登录用户。它的 API 只在少数路径上接受 OIDC 用户的 CLI 密钥，永远不接受身份提供方的密码；其他请求一律以匿名身份执行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a robot account for automation, or the CLI secret from your Harbor user profile.</source>
        <translation>自动化任务请使用机器人账户，或者使用你 Harbor 用户资料中的 CLI 密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berth did not follow a redirect of a %1 request</source>
        <translation>Berth 没有跟随 %1 请求的重定向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered %1 %2 with a redirect to %3. Berth follows no redirect for a request that changes data, because the new address may name something else, such as another tag; nothing was sent there. Treat the item as still present until a refresh shows otherwise.</source>
        <translation>服务器对 %1 %2 的回答是重定向到 %3。对于会修改数据的请求，Berth 不跟随任何重定向，因为新地址可能指向别的东西，比如另一个标签；没有向那里发送任何内容。在刷新确认之前，请把该项视为仍然存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an address it did not name</source>
        <translation>一个它没有指明的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh, then check the profile&apos;s URL and any proxy in front of Harbor: Harbor&apos;s API does not redirect a %1.</source>
        <translation>请先刷新，然后检查账户配置的 URL 以及 Harbor 前面的代理：Harbor 的 API 不会重定向 %1 请求。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berth did not send the credentials to another server</source>
        <translation>Berth 没有把凭据发送给另一台服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server redirected the request to %1. Sending the robot&apos;s secret there could leak it, so Berth refused. The profile&apos;s URL is probably not Harbor&apos;s canonical address.</source>
        <translation>服务器把请求重定向到了 %1。把机器人账户的密钥发到那里可能造成泄露，因此 Berth 拒绝了。账户配置中的 URL 很可能不是 Harbor 的规范地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another address</source>
        <translation>另一个地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the profile&apos;s URL to the address the server redirects to (its external URL).</source>
        <translation>把账户配置的 URL 改成服务器重定向到的地址（即 Harbor 的外部 URL）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials are valid, but this request arrived without them</source>
        <translation>凭据有效，但这次请求到达时没有带上它们</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor accepts these credentials (users/current says so), yet it treated this request as anonymous. Something between Berth and Harbor removed the Authorization header, such as a proxy.</source>
        <translation>Harbor 接受这些凭据（users/current 的结果可以证明），却把这次请求当作匿名请求处理。Berth 与 Harbor 之间的某个环节（例如代理）删掉了 Authorization 头。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check proxies and load balancers in front of Harbor for rules that drop Authorization.</source>
        <translation>检查 Harbor 前面的代理和负载均衡器，看是否有丢弃 Authorization 头的规则。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor rejected a session cookie (CSRF)</source>
        <translation>Harbor 拒绝了会话 Cookie（CSRF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request carried Harbor&apos;s sid session cookie. With that cookie Harbor enforces the web UI&apos;s CSRF protection, and the DELETE fails with 403 even when the credentials are right.</source>
        <translation>请求携带了 Harbor 的 sid 会话 Cookie。带着这个 Cookie 时，Harbor 会启用网页界面的 CSRF 保护，即使凭据正确，DELETE 也会以 403 失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no cookies to the API: drop -b/--cookie and Cookie headers, and use -u with the robot.</source>
        <translation>调用 API 时不要发送 Cookie：去掉 -b/--cookie 和 Cookie 头，并对机器人账户使用 -u。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor is in read-only mode</source>
        <translation>Harbor 处于只读模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has put Harbor into read-only mode; nothing can be deleted until it is switched off.</source>
        <translation>管理员已将 Harbor 设为只读模式；在关闭只读模式之前，什么都无法删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the maintenance to end, or ask an administrator.</source>
        <translation>请等待维护结束，或联系管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a robot of another project</source>
        <translation>%1 是另一个项目的机器人账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project robot may act only in its own project (%1); Harbor refuses it in %2 with 403.</source>
        <translation>项目级机器人账户只能在自己的项目（%1）中操作；在 %2 中 Harbor 会以 403 拒绝它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a robot of %1, or a system robot with access to it.</source>
        <translation>请使用 %1 的机器人账户，或者有权访问它的系统级机器人账户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the permission</source>
        <translation>所需权限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor refused this request, though %1 now holds %2 in %3</source>
        <translation>Harbor 拒绝了此请求，尽管 %1 现在在 %3 中拥有 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor accepted the credentials and answered 403 Forbidden, yet it lists %1 among the account&apos;s permissions in %2 now: it was probably granted after the request failed.</source>
        <translation>Harbor 接受了凭据并返回 403 Forbidden，但它现在把 %1 列为该账户在 %2 中的权限之一：这项权限很可能是在请求失败之后才授予的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry; if Harbor refuses again, give the request id %1 to the Harbor admin.</source>
        <translation>请重试；如果 Harbor 再次拒绝，请把请求 ID %1 交给 Harbor 管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lacks %2</source>
        <translation>%1 缺少 %2 权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lacks %2 in %3</source>
        <translation>%1 在 %3 中缺少 %2 权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor accepted the credentials but the account is not allowed to do this (403 Forbidden). A 403 for a project that does not exist looks the same.</source>
        <translation>Harbor 接受了凭据，但该账户无权执行此操作（403 Forbidden）。项目不存在时返回的 403 看起来也完全一样。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its permissions in %1: %2.</source>
        <translation>它在 %1 中的权限：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The proxy %1 refused the proxy credentials</source>
        <translation>代理 %1 拒绝了代理凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request to %1 went through the proxy %2, named by the environment (https_proxy, http_proxy or all_proxy). The proxy answered 407 Proxy Authentication Required: it refused the user name and password in that variable, or none were given.</source>
        <translation>发往 %1 的请求经过了环境变量（https_proxy、http_proxy 或 all_proxy）指定的代理 %2。代理返回了 407 Proxy Authentication Required：它拒绝了该变量中的用户名和密码，或者变量中根本没有给出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the proxy account in the variable (http://USER:PASSWORD@%1), or list %2 in no_proxy if the registry is reachable without the proxy.</source>
        <translation>把代理账户写进该变量（http://USER:PASSWORD@%1）；如果不经代理也能访问镜像仓库，则把 %2 加入 no_proxy。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The request went through the proxy %1, named by the environment; the proxy may be down, or may not reach %2.</source>
        <translation>请求经过了环境变量指定的代理 %1；该代理可能已停止运行，或者无法访问 %2。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The registry sent content that does not match its digest</source>
        <translation>镜像仓库发来的内容与其摘要不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content asked for by digest must hash to that digest; this did not, so Berth refused it and shows nothing of it. %1</source>
        <translation>按摘要请求的内容，其哈希值必须等于该摘要；这次的内容不符，因此 Berth 拒绝了它，也不显示其中的任何部分。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proxy or cache between you and the registry changed the content.</source>
        <translation>你与镜像仓库之间的代理或缓存改动了内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s storage is damaged.</source>
        <translation>镜像仓库的存储已损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it happens again, give the details to the registry&apos;s administrator.</source>
        <translation>请重试。如果再次发生，请把详细信息交给镜像仓库的管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not pull from this repository</source>
        <translation>%1 无权从此仓库拉取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor&apos;s registry endpoint (/v2/) answered 401 Unauthorized to credentials its API accepts: the account lacks the pull permission (repository:pull) for %1. Listing and deleting go through the API and still work; reading manifests, configs and layers needs pull.</source>
        <translation>Harbor 的镜像仓库接口（/v2/）对其 API 所接受的凭据返回了 401 Unauthorized：该账户缺少对 %1 的拉取权限（repository:pull）。列出和删除走的是 API，仍然可用；读取清单、配置和层则需要拉取权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this project</source>
        <translation>此项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanup robots are often given list and delete only.</source>
        <translation>用于清理的机器人账户通常只被授予列出和删除权限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;Pull artifact&quot; (repository:pull) to the account&apos;s permissions in the project, or inspect with an account that has it.</source>
        <translation>在该项目中为此账户的权限加上 &quot;Pull artifact&quot;（repository:pull），或者改用拥有该权限的账户查看内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials were not sent to the registry&apos;s token service</source>
        <translation>凭据没有发送给镜像仓库的令牌服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the registry over https. A token service on another host is used only over https, where credentials cannot be read on the way.</source>
        <translation>请通过 https 连接镜像仓库。位于另一台主机上的令牌服务只通过 https 使用，这样凭据在传输途中无法被读取。</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Ask a project admin to grant %1 to the robot, or use one that has it.</source>
        <translation>请项目管理员为该机器人账户授予 %1，或者换用拥有该权限的账户。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Harbor treats a request whose credentials fail as anonymous, and anonymous users may read public projects but never delete.</source>
        <translation>凭据验证失败的请求会被 Harbor 当作匿名请求处理，而匿名用户可以读取公开项目，但永远不能删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is why listing worked and this request got 401 Unauthorized.</source>
        <translation>这就是为什么列出内容成功，而这个请求却得到 401 Unauthorized。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is why this request would get 401 Unauthorized.</source>
        <translation>这就是为什么这个请求会得到 401 Unauthorized。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is why this request got 401 Unauthorized.</source>
        <translation>这就是为什么这个请求得到了 401 Unauthorized。</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The repository name was not encoded the way Harbor needs</source>
        <translation>仓库名称没有按 Harbor 要求的方式编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor wants a repository name with &apos;/&apos; encoded twice in the path (a/b becomes a%252Fb). A single %2F is decoded on the way in and the path no longer matches.</source>
        <translation>Harbor 要求路径中仓库名称里的“/”经过两次编码（a/b 应写成 a%252Fb）。只编码一次的 %2F 会在进入时被解码，路径就对不上了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %2F with %252F in the repository part of the URL.</source>
        <translation>把 URL 仓库部分中的 %2F 替换为 %252F。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag now points to another artifact</source>
        <translation>该标签现在指向另一个制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag was re-pushed and is now on %1, so it is no longer attached to the artifact this delete named.</source>
        <translation>该标签被重新推送过，现在位于 %1 上，已不再附着在这次删除所指定的制品上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh and check the new artifact before deleting again.</source>
        <translation>请刷新，确认新的制品后再删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="-16"/>
        <source>It is not there (already deleted?)</source>
        <translation>目标不存在（已被删除？）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor answered 404: the tag or artifact does not exist, most likely because someone or something (retention, another script) already deleted it.</source>
        <translation>Harbor 返回 404：该标签或制品不存在，最可能的原因是已经被某人或某个程序（保留策略、其他脚本）删除了。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh to see the current state.</source>
        <translation>刷新以查看当前状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag is immutable</source>
        <translation>该标签不可变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An immutability rule protects it: Harbor refuses to delete it, or any artifact that carries it (412 Precondition Failed).</source>
        <translation>一条不可变规则保护着它：Harbor 拒绝删除它，也拒绝删除任何带有它的制品（412 Precondition Failed）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a project admin can change the project&apos;s immutability rules.</source>
        <translation>只有项目管理员才能修改项目的不可变规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The artifact is part of a multi-arch index</source>
        <translation>该制品属于一个多架构索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manifest list or OCI index references this artifact, so Harbor will not delete it on its own.</source>
        <translation>有清单列表（manifest list）或 OCI 索引引用了这个制品，因此 Harbor 不会单独删除它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the index instead; its children go with it.</source>
        <translation>请改为删除该索引，它的子制品会一并删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor rejected the request as invalid</source>
        <translation>Harbor 认为请求无效而拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor said: %1</source>
        <translation>Harbor 返回：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is likely a bug in the request; please report it with the details.</source>
        <translation>这很可能是请求本身的缺陷；请附上详细信息报告它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor is rate limiting requests</source>
        <translation>Harbor 正在限制请求频率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered 429 Too Many Requests, also after retries.</source>
        <translation>服务器返回 429 Too Many Requests，重试后依然如此。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later, or lower the concurrency or requests per second.</source>
        <translation>请稍后重试，或降低并发数或每秒请求数。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A proxy answered instead of Harbor (HTTP %1)</source>
        <translation>回应的是代理而不是 Harbor（HTTP %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The response is an HTML page, as a reverse proxy or load balancer sends when Harbor is down or unreachable behind it.</source>
        <translation>响应是一个 HTML 页面；当后端的 Harbor 宕机或无法访问时，反向代理或负载均衡器就会返回这样的页面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry later; if it persists, ask the admin to check Harbor behind the proxy.</source>
        <translation>请稍后重试；如果问题持续，请管理员检查代理后面的 Harbor。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor failed with a server error (HTTP %1)</source>
        <translation>Harbor 出现服务器错误（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor hides the details of server errors; its core log has them under request id %1.</source>
        <translation>Harbor 不会公开服务器错误的细节；它的 core 日志里有记录，请按请求 ID %1 查找。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry; if it persists, give the request id to the Harbor admin.</source>
        <translation>请重试；如果问题持续，请把请求 ID 提供给 Harbor 管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be used</source>
        <translation>无法使用服务器返回的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected Harbor&apos;s JSON, got %1.</source>
        <translation>期望得到 Harbor 的 JSON，实际收到的是 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the URL points at Harbor itself, then retry.</source>
        <translation>请确认 URL 指向的是 Harbor 本身，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器证书不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS verification failed: %1.</source>
        <translation>TLS 验证失败：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate %1, issued by %2, SHA-256 %3.</source>
        <translation>证书 %1，由 %2 签发，SHA-256 为 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the company CA to the profile (CA file), or trust exactly this certificate for this profile after checking its fingerprint with the admin.</source>
        <translation>在账户配置中添加公司的 CA（CA 文件），或者在与管理员核对指纹后，仅为此账户配置信任这一张证书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server speaks only a TLS version that is no longer accepted</source>
        <translation>服务器只支持一个已不再被接受的 TLS 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake failed before any certificate was checked: %1. Berth needs TLS 1.2 or newer; a server that offers only TLS 1.0 or 1.1 is refused.</source>
        <translation>在检查任何证书之前 TLS 握手就失败了：%1。Berth 需要 TLS 1.2 或更新版本；只提供 TLS 1.0 或 1.1 的服务器会被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the admin to enable TLS 1.2 or 1.3 on Harbor, or on the proxy in front of it. Trusting a certificate does not help here.</source>
        <translation>请管理员在 Harbor 或其前面的代理上启用 TLS 1.2 或 1.3。信任证书对此没有帮助。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor did not answer in time</source>
        <translation>Harbor 未能及时响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data arrived for %1 (%2).</source>
        <translation>%1 一直没有返回数据（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A DELETE that timed out may still have happened on the server; refresh before you try again.</source>
        <translation>超时的 DELETE 可能已经在服务器上执行了；再次尝试之前请先刷新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry, or raise the timeout for slow servers.</source>
        <translation>请重试，或为较慢的服务器调高超时时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1</source>
        <translation>无法连接 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the URL, the network and any proxy settings (https_proxy, no_proxy).</source>
        <translation>请检查 URL、网络以及代理设置（https_proxy、no_proxy）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials were not sent over plain http</source>
        <translation>凭据未通过明文 http 发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use https, or allow plain http in the profile if you accept the risk.</source>
        <translation>请使用 https；如果你接受其中的风险，也可以在账户配置中允许明文 http。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent: the name is not one a registry accepts</source>
        <translation>未发送任何内容：该名称不是镜像仓库所接受的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name. Tags hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; and do not start with &apos;.&apos; or &apos;-&apos;; repository paths are lowercase.</source>
        <translation>请检查名称。标签只能包含字母、数字、&apos;_&apos;、&apos;.&apos; 和 &apos;-&apos;，且不能以 &apos;.&apos; 或 &apos;-&apos; 开头；仓库路径必须是小写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled before it finished.</source>
        <translation>请求在完成前被取消了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request failed (HTTP %1)</source>
        <translation>请求失败（HTTP %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry; if it persists, report it with the details.</source>
        <translation>请重试；如果问题持续，请附上详细信息报告它。</translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/ErrorPresenter.cpp" line="+279"/>
        <source>Request: %1 %2</source>
        <translation>请求：%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authorization: Basic, as %1</source>
        <translation>Authorization：Basic，用户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization: Bearer token</source>
        <translation>Authorization：Bearer 令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization: none</source>
        <translation>Authorization：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cookies: %1</source>
        <translation>Cookie：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies: none</source>
        <translation>Cookie：无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect followed: %1</source>
        <translation>已跟随重定向：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect refused: %1</source>
        <translation>已拒绝重定向：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-Request-Id sent: %1</source>
        <translation>发送的 X-Request-Id：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTP response: %1</source>
        <translation>没有 HTTP 响应：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor said: %1 %2</source>
        <translation>Harbor 返回：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-Request-Id: %1 (search harbor-core&apos;s log for it)</source>
        <translation>X-Request-Id：%1（可在 harbor-core 日志中搜索）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WWW-Authenticate: %1</source>
        <translation>WWW-Authenticate：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body began: %1</source>
        <translation>响应体开头：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Elapsed: %1 ms, %n attempts</source>
        <translation>
            <numerusform>耗时：%1 毫秒，%n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="-141"/>
        <source>the access this request needs</source>
        <translation>此请求所需的权限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token service</source>
        <translation>令牌服务</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This registry cannot remove a tag alone: it deletes manifests by digest only</source>
        <translation>此镜像仓库无法单独移除标签：它只能按摘要删除清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused to delete the tag (HTTP %1 %2). The distribution API deletes a manifest by its digest, and that takes away every tag on it. Berth did not fall back to a digest delete: nothing was deleted.</source>
        <translation>镜像仓库拒绝删除该标签（HTTP %1 %2）。distribution API 按摘要删除清单，这会连带移除清单上的所有标签。Berth 没有退而按摘要删除：没有删除任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag is on %1.</source>
        <translation>该标签位于 %1 上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other tag is on that manifest.</source>
        <translation>该清单上没有其他标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the manifest also removes these tags: %1.</source>
        <translation>删除该清单还会移除这些标签：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the whole manifest should go, delete it by its digest, as a separate, explicit step.</source>
        <translation>如果要删除整个清单，请按摘要删除它，作为单独而明确的一步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the whole manifest should go, with every tag on it, delete it by digest: berthctl rm %1@%2</source>
        <translation>如果要删除整个清单及其上的所有标签，请按摘要删除：berthctl rm %1@%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting is turned off on this registry</source>
        <translation>此镜像仓库已关闭删除功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 405 Method Not Allowed to a manifest delete: it refuses deletes for everyone, whatever the credentials. This is the registry&apos;s configuration (storage.delete.enabled in distribution&apos;s config.yml), not a missing permission.</source>
        <translation>镜像仓库对清单删除请求返回了 405 Method Not Allowed：无论使用什么凭据，它对所有人都拒绝删除。这是镜像仓库的配置（distribution 的 config.yml 中的 storage.delete.enabled），而不是缺少权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to enable deletion (storage: delete: enabled: true) and restart it; then delete again.</source>
        <translation>请镜像仓库的管理员启用删除（storage: delete: enabled: true）并重启镜像仓库，然后再删除一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tag %1 already names another artifact</source>
        <translation>标签 %1 已经指向另一个制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the target, %1 in %2 is on %3. Berth never moves a tag silently: nothing was changed.</source>
        <translation>在目标处，%2 中的 %1 位于 %3 上。Berth 从不悄悄移动标签：没有做任何修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another digest</source>
        <translation>另一个摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another tag, or remove that tag first if it should move.</source>
        <translation>请选择另一个标签；如果该标签确实应当移动，请先移除它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s storage quota is full</source>
        <translation>项目的存储配额已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor refused the push (HTTP %1): %2</source>
        <translation>Harbor 拒绝了推送（HTTP %1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space in the project (delete artifacts, then run garbage collection), or ask a Harbor administrator to raise its quota.</source>
        <translation>请释放项目中的空间（删除制品，然后运行垃圾回收），或请 Harbor 管理员提高其配额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project is a proxy cache: it takes no pushes and no deletes</source>
        <translation>该项目是代理缓存项目：不接受推送，也不接受删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor refused the request (HTTP %1): %2. A proxy-cache project only mirrors another registry; what it holds comes from there.</source>
        <translation>Harbor 拒绝了该请求（HTTP %1）：%2。代理缓存项目只是镜像另一个镜像仓库，其中的内容都来自那里。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy into an ordinary project instead.</source>
        <translation>请改为复制到普通项目中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delete can no longer be undone: garbage collection has run</source>
        <translation>此删除已无法撤销：垃圾回收已经运行过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo needs every blob the deleted manifest names, and the registry no longer has some (HEAD answered 404): %1. Nothing was changed.</source>
        <translation>撤销需要被删除清单所引用的每个 blob，而镜像仓库已不再拥有其中一些（HEAD 返回 404）：%1。未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push the image again from a copy (a CI build, another registry, a local image).</source>
        <translation>从副本（CI 构建、另一个镜像仓库、本地镜像）重新推送该镜像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry does not list its repositories to %1</source>
        <translation>镜像仓库不向 %1 列出其仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog (/v2/_catalog) was refused (HTTP %1). Most hosted registries (Docker Hub, GHCR, ...) deny it to users; others grant it to administrators only. Repositories named by hand still work.</source>
        <translation>仓库列表（/v2/_catalog）请求被拒绝（HTTP %1）。大多数托管镜像仓库（Docker Hub、GHCR 等）不向普通用户开放它，另一些只对管理员开放。手动指定的仓库仍然可用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the repository: berthctl ls REPO lists its tags, inspect and rm work as usual. In Berth&apos;s window, add the repositories or namespaces to the profile.</source>
        <translation>请指明仓库：berthctl ls REPO 会列出它的标签，inspect 和 rm 照常可用。在 Berth 窗口中，请把这些仓库或命名空间添加到账户配置中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the registry&apos;s token service at %1</source>
        <translation>无法连接位于 %1 的镜像仓库令牌服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry sends clients to its token service (%1) for a token; that request failed before any answer: %2</source>
        <translation>镜像仓库让客户端到它的令牌服务（%1）获取令牌；该请求在收到任何回应之前就失败了：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token service is down, or its address is only reachable from the registry&apos;s own network.</source>
        <translation>令牌服务已停止运行，或者它的地址只能从镜像仓库自己的网络中访问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy or firewall blocks it (https_proxy, no_proxy).</source>
        <translation>代理或防火墙拦截了它（https_proxy、no_proxy）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that %1 is reachable from this machine; the registry&apos;s administrator sets it as auth.token.realm.</source>
        <translation>请检查能否从本机访问 %1；它由镜像仓库管理员通过 auth.token.realm 设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token service granted %1 less than asked</source>
        <translation>令牌服务授予 %1 的权限少于所请求的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berth asked the token service %1 for %2; it answered %3 Forbidden and granted nothing.</source>
        <translation>Berth 向令牌服务 %1 申请 %2；它返回了 %3 Forbidden，没有授予任何权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berth asked the token service %1 for %2; it gave a token, but the registry answered insufficient_scope (HTTP %3): the token does not grant that.</source>
        <translation>Berth 向令牌服务 %1 申请 %2；它发放了令牌，但镜像仓库返回了 insufficient_scope（HTTP %3）：该令牌并不授予这项权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credentials were sent: the token service grants anonymous users little or nothing.</source>
        <translation>没有发送凭据：令牌服务给匿名用户的权限很少，甚至没有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account may not do this in the repository.</source>
        <translation>该账户无权在此仓库中执行此操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in (berthctl login) with an account that may do this.</source>
        <translation>请用有权执行此操作的账户登录（berthctl login）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry&apos;s administrator to grant %1 to %2.</source>
        <translation>请镜像仓库的管理员向 %2 授予 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry did not accept the credentials for %1</source>
        <translation>镜像仓库不接受 %1 的凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service (%1) answered %2 to these credentials.</source>
        <translation>镜像仓库的令牌服务（%1）对这些凭据返回了 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answered 401 Unauthorized to these credentials.</source>
        <translation>镜像仓库对这些凭据返回了 401 Unauthorized。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password or token is wrong or was changed.</source>
        <translation>密码或令牌有误，或者已被更改。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user name does not match.</source>
        <translation>用户名不匹配。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in again with the right credentials (berthctl login).</source>
        <translation>请使用正确的凭据重新登录（berthctl login）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry answered 404: the repository, tag or manifest does not exist, or no longer does.</source>
        <translation>镜像仓库返回了 404：该仓库、标签或清单不存在，或已不复存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 404 %1: the repository, tag or manifest does not exist, or no longer does.</source>
        <translation>镜像仓库返回了 404 %1：该仓库、标签或清单不存在，或已不复存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A typing mistake in the name.</source>
        <translation>名称输入有误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone or something (a cleanup job, another script) deleted it.</source>
        <translation>有人或某个程序（清理任务、另一个脚本）已将其删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name with berthctl ls, or refresh to see the current state.</source>
        <translation>用 berthctl ls 核对名称，或刷新以查看当前状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry wants credentials</source>
        <translation>镜像仓库要求提供凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request went out without credentials and the registry answered 401 Unauthorized: it does not allow anonymous access here.</source>
        <translation>请求发出时没有携带凭据，镜像仓库返回了 401 Unauthorized：它不允许在此匿名访问。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in (berthctl login), or pass the credentials with --user and --password-stdin.</source>
        <translation>请登录（berthctl login），或通过 --user 和 --password-stdin 传入凭据。</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../ui/ExplainDialog.ui" line="+6"/>
        <source>Explain a failed request</source>
        <translation>解释失败的请求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a curl command that failed against Harbor. Berth reads it as a shell would, without running it, then asks Harbor a few GET questions with the same credentials and tells you why it fails and how to fix it.</source>
        <translation>粘贴一条对 Harbor 执行失败的 curl 命令。Berth 会像 shell 一样解析它（但不会执行），然后用相同的凭据向 Harbor 发几个 GET 请求，告诉你失败的原因以及解决办法。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste a curl command that failed; it is not sent</source>
        <translation>粘贴一条失败的 curl 命令；它不会被发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curl -X DELETE https://harbor.example.com/api/v2.0/projects/… -u &quot;robot$team+ci:…&quot;</source>
        <translation>curl -X DELETE https://harbor.example.com/api/v2.0/projects/… -u &quot;robot$team+ci:…&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explains why the command fails, using read-only probes</source>
        <translation>借助只读探测，解释该命令为什么失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server to ask</source>
        <translation>要询问的服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the request failed and how to fix it</source>
        <translation>请求失败的原因以及解决办法</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected:</source>
        <translation>修正后：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command with the mistakes fixed</source>
        <translation>修正错误后的命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy corrected command</source>
        <translation>复制修正后的命令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="+6"/>
        <source>History of deletes</source>
        <translation>删除历史</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every delete Berth and berthctl carried out, newest first</source>
        <translation>Berth 和 berthctl 执行过的每一次删除，最新的在前</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export journal as CSV</source>
        <translation>将日志导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON Lines…</source>
        <translation>导出 JSON Lines…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export journal as JSON Lines</source>
        <translation>将日志导出为 JSON Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected entry&apos;s batch</source>
        <translation>撤销所选条目所在的批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo batch</source>
        <translation>撤销批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected entry only</source>
        <translation>只撤销所选条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo entry</source>
        <translation>撤销条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload journal</source>
        <translation>重新加载日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>ImportLoginsDialog</name>
    <message>
        <location filename="../../ui/ImportLoginsDialog.ui" line="+6"/>
        <source>Import logins</source>
        <translation>导入登录信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logins found</source>
        <translation>找到的登录信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logins docker and podman keep; tick those to import</source>
        <translation>docker 和 podman 保存的登录信息；勾选要导入的项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Look again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import selected logins</source>
        <translation>导入选中的登录信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import selected</source>
        <translation>导入选中项(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+9"/>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Why did this happen?</source>
        <translation>为什么会这样？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explains the login problem shown in the banner</source>
        <translation>解释横幅中显示的登录问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue anonymously</source>
        <translation>以匿名身份继续</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Browse without credentials; deleting is not possible</source>
        <translation>不使用凭据浏览；无法删除任何内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close banner</source>
        <translation>关闭横幅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shows only the rows that match; Find moves here</source>
        <translation>只显示匹配的行；“查找”会跳到这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter loaded projects, repositories and tags (Ctrl+F)</source>
        <translation>筛选已加载的项目、仓库和标签（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter error</source>
        <translation>过滤器错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the filter text is matched</source>
        <translation>筛选文本的匹配方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show untagged artifacts</source>
        <translation>显示未打标签的制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagged</source>
        <translation>未打标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show index children and signatures</source>
        <translation>显示索引子项和签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index children &amp;&amp; signatures</source>
        <translation>索引子项和签名</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search server</source>
        <translation>在服务器上搜索</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Asks Harbor for repositories matching the filter, not only the loaded rows</source>
        <translation>向 Harbor 查询与筛选条件匹配的仓库，而不只是已加载的行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Registry</source>
        <translation>镜像仓库(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;pull command</source>
        <translation>复制拉取命令(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;digest</source>
        <translation>复制摘要(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;name</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;untagged artifacts</source>
        <translation>显示未打标签的制品(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show index &amp;children and accessories</source>
        <translation>显示索引子项和附属物(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expand loaded</source>
        <translation>展开已加载项(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collapse all</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean &amp;up…</source>
        <translation>清理(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History of deletes…</source>
        <translation>删除历史(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected tags…</source>
        <translation>移除所选标签(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected &amp;artifacts…</source>
        <translation>删除所选制品(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &amp;repository…</source>
        <translation>删除仓库(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Explain a failed request…</source>
        <translation>解释失败的请求(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect contents</source>
        <translation>查看内容(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the manifest, configuration, layers and referrers of the selected row</source>
        <translation>显示所选行的清单、配置、层和引用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Berth</source>
        <translation>关于 Berth(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RegistryPlanRule</name>
    <message>
        <location filename="../../src/operations/RegistryPlanRule.cpp" line="+24"/>
        <source>kept: its manifest also carries %1, which the plan keeps; this registry deletes whole manifests only (rules alone: %2)</source>
        <translation>保留：它的清单上还带有计划要保留的 %1；此镜像仓库只能删除整个清单（仅按规则：%2）</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <location filename="../../src/api/ServerProbe.cpp" line="+131"/>
        <source>the server answers neither as Harbor (GET /api/v2.0/systeminfo: %1) nor as an OCI registry (GET /v2/: %2)</source>
        <translation>该服务器既不像 Harbor 那样回应（GET /api/v2.0/systeminfo：%1），也不像 OCI 镜像仓库那样回应（GET /v2/：%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no HTTP answer</source>
        <translation>没有 HTTP 回应</translation>
    </message>
</context>
<context>
    <name>berth::AccountsDialog</name>
    <message>
        <location filename="../../src/gui/AccountsDialog.cpp" line="+50"/>
        <source>Robot account</source>
        <translation>机器人账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous (public projects only)</source>
        <translation>匿名（仅公开项目）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved registries</source>
        <translation>已保存的镜像仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robot secret or password</source>
        <translation>机器人账户密钥或密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks of what you typed</source>
        <translation>对输入内容的检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import robot account</source>
        <translation>导入机器人账户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Robot JSON (*.json);;All files (*)</source>
        <translation>机器人账户 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;logins…</source>
        <translation>导入登录信息(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import logins from docker and podman</source>
        <translation>从 docker 和 podman 导入登录信息</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (this session only)</source>
        <translation>%1（仅本次会话）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened for this session and not saved. Save keeps it, with its secret in the keychain or for this session only.</source>
        <translation>为本次会话打开，尚未保存。保存后会保留它，密钥存入钥匙串或仅保留在本次会话中。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>saved in the keychain; type to replace</source>
        <translation>已保存在钥匙串中；输入新值即可替换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept for this session only; type to replace</source>
        <translation>仅在本次会话中保留；输入可替换</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+104"/>
        <source>CA file: %1</source>
        <translation>CA 文件：%1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Asking the registry…</source>
        <translation>正在询问镜像仓库…</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Closed %1; nothing had been saved for it.</source>
        <translation>已关闭 %1；它没有保存任何内容。</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>unknown or never</source>
        <translation>未知或永不过期</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported %1 from %2.</source>
        <translation>已从 %2 导入 %1。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Asking Harbor…</source>
        <translation>正在询问 Harbor…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enter the robot&apos;s secret (or the user&apos;s password).</source>
        <translation>请输入机器人账户的密钥（或用户的密码）。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The keychain refused the secret</source>
        <translation>钥匙串拒绝保存密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved %1; its secret is kept for this session only.</source>
        <translation>已保存 %1；其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1; its secret is in %2.</source>
        <translation>已保存 %1；其密钥保存在 %2 中。</translation>
    </message>
</context>
<context>
    <name>berth::ActionJournal</name>
    <message>
        <location filename="../../src/operations/ActionJournal.cpp" line="+148"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 is locked by another process</source>
        <translation>日志 %1 已被另一个进程锁定</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>berth::AddTagDialog</name>
    <message>
        <location filename="../../src/gui/AddTagDialog.cpp" line="+17"/>
        <source>Add a tag to %1.</source>
        <translation>为 %1 添加一个标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the new tag&apos;s name.</source>
        <translation>请输入新标签的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The artifact has the tag %1 already.</source>
        <translation>该制品已经有标签 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creates the tag %1 on %2.</source>
        <translation>将在 %2 上创建标签 %1。</translation>
    </message>
</context>
<context>
    <name>berth::ApiError</name>
    <message>
        <location filename="../../src/api/ApiError.cpp" line="+136"/>
        <source> (redirect to %1 refused)</source>
        <translation>（拒绝重定向到 %1）</translation>
    </message>
</context>
<context>
    <name>berth::ApiJob</name>
    <message>
        <location filename="../../src/api/ApiJob.cpp" line="+26"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>the response is larger than %1, the most Berth reads for this content; refusing to read it</source>
        <translation>响应大于 %1，这是 Berth 对此类内容读取的上限；拒绝读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list page larger than %1 MiB, the cap for one page of a list; refusing to read it</source>
        <translation>列表的一页大于 %1 MiB，这是列表单页的上限；拒绝读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response is larger than %1 MiB; refusing to read it</source>
        <translation>响应大于 %1 MiB，拒绝读取</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> to </source>
        <translation> 至 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有收到数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection broke before the whole body arrived (%1)</source>
        <translation>连接在完整响应体到达之前中断（%1）</translation>
    </message>
</context>
<context>
    <name>berth::AuthChallenge</name>
    <message>
        <location filename="../../src/core/AuthChallenge.cpp" line="+50"/>
        <source>The server&apos;s WWW-Authenticate header is empty, so it names no way to log in.</source>
        <translation>服务器的 WWW-Authenticate 头为空，因此没有给出任何登录方式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comma is missing between two challenges</source>
        <translation>两个质询之间缺少逗号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it names no authentication scheme</source>
        <translation>其中没有指明认证方案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s WWW-Authenticate header cannot be read: %1.</source>
        <translation>无法读取服务器的 WWW-Authenticate 头：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (at character %1)</source>
        <translation>（位于第 %1 个字符）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an authentication scheme such as Bearer or Basic was expected</source>
        <translation>此处应为 Bearer 或 Basic 之类的认证方案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it starts with a parameter, not with an authentication scheme</source>
        <translation>它以参数开头，而不是以认证方案开头</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unexpected character follows the scheme</source>
        <translation>认证方案后面有一个意外的字符</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a parameter name was expected</source>
        <translation>此处应为参数名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the parameter %1 has no value</source>
        <translation>参数 %1 没有值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parameter %1 appears twice</source>
        <translation>参数 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unexpected character follows the value of %1</source>
        <translation>%1 的值后面有一个意外的字符</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>a quoted value is not closed</source>
        <translation>带引号的值没有闭合</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+14"/>
        <source>a quoted value contains a control character</source>
        <translation>带引号的值中含有控制字符</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The registry names no valid address for its token service.</source>
        <translation>镜像仓库没有给出有效的令牌服务地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry&apos;s token service is not an http or https address; Berth does not send credentials there.</source>
        <translation>镜像仓库的令牌服务不是 http 或 https 地址；Berth 不会把凭据发送到那里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s token service address carries a user name; Berth does not send credentials there.</source>
        <translation>镜像仓库的令牌服务地址中带有用户名；Berth 不会把凭据发送到那里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s token service address has no host.</source>
        <translation>镜像仓库的令牌服务地址中没有主机。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry sends Berth to %1 on this machine for a token; Berth refuses, as a remote server must not direct credentials to a local service.</source>
        <translation>镜像仓库让 Berth 到本机上的 %1 获取令牌；Berth 拒绝了，因为远程服务器不得把凭据引向本地服务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry sends Berth to %1 over plain http for a token; Berth refuses, as the credentials would travel unencrypted to a host you did not name.</source>
        <translation>镜像仓库让 Berth 通过明文 http 到 %1 获取令牌；Berth 拒绝了，因为凭据会以未加密的方式发往一台你没有指定的主机。</translation>
    </message>
</context>
<context>
    <name>berth::BlobCopy</name>
    <message>
        <location filename="../../src/api/BlobCopy.cpp" line="+224"/>
        <source>the blob read from the source does not match its digest: expected %1 (%2 bytes), read %3 bytes whose digest is %4</source>
        <translation>从来源读取的 blob 与其摘要不符：期望 %1（%2 字节），读取到的 %3 字节的摘要是 %4</translation>
    </message>
</context>
<context>
    <name>berth::CaFile</name>
    <message>
        <location filename="../../src/api/CaFile.cpp" line="+20"/>
        <source>%1 is a relative path, so it would depend on the current directory; give the absolute path</source>
        <translation>%1 是相对路径，结果会取决于当前目录；请给出绝对路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
</context>
<context>
    <name>berth::ChangesView</name>
    <message>
        <location filename="../../src/gui/ChangesView.cpp" line="+16"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes since the snapshot: %1 new, %2 removed, %3 moved</source>
        <translation>自快照以来的变化：新增 %1，删除 %2，移动 %3</translation>
    </message>
</context>
<context>
    <name>berth::CleanupDialog</name>
    <message>
        <location filename="../../src/gui/CleanupDialog.cpp" line="+32"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Clean up %1</source>
        <translation>清理 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scope: the %1 %2 on %3. The plan is computed from fresh data from Harbor and checked again, item by item, right before anything is deleted.</source>
        <translation>范围：%3 上的%1 %2。计划基于从 Harbor 获取的最新数据生成，并会在删除任何内容之前逐项重新检查。</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glob</source>
        <translation>通配符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed</source>
        <translation>推送时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulled</source>
        <translation>拉取时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>决定依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan preview</source>
        <translation>计划预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan totals</source>
        <translation>计划汇总</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export plan</source>
        <translation>导出计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Pushed more than</source>
        <translation>推送超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pulled more than</source>
        <translation>最后拉取超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep if pulled within</source>
        <translation>保留在此时间内拉取过的</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching from Harbor…</source>
        <translation>正在从 Harbor 获取…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching from Harbor… %1 of %2 repositories</source>
        <translation>正在从 Harbor 获取… %1 / %2 个仓库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compute a plan: %1</source>
        <translation>无法生成计划：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;%1 to remove&lt;/b&gt; (%2 tags, %3 untagged artifacts), %4 kept (%5 immutable). %6%7</source>
        <translation>&lt;b&gt;移除 %1 项&lt;/b&gt;（%2 个标签，%3 个未打标签的制品），保留 %4 项（%5 个不可变）。%6%7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frees %1 once garbage collection runs. </source>
        <translation>运行垃圾回收后将释放 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n artifacts will be left untagged.</source>
        <translation>
            <numerusform>%n 个制品将失去所有标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Data from %1; %n repositories.</source>
        <translation>
            <numerusform>数据来自 %1；%n 个仓库。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage freed</source>
        <translation>释放的存储空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse storage</source>
        <translation>分析存储</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Remove %n items as planned? Each is checked again right before it goes; what changed since the plan is left alone.</source>
        <translation>
            <numerusform>按计划移除 %n 项？每一项在移除前都会再检查一次；计划生成后发生变化的项会保持不动。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untagged)</source>
        <translation>（未打标签）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing the first %1 of %2 items; export the plan to see all.</source>
        <translation>仅显示 %2 项中的前 %1 项；导出计划可查看全部。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>Run the plan</source>
        <translation>执行计划</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cleaning up…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 removed, %2 changed since the plan and left alone, %3 failed, %4 cancelled.</source>
        <translation>已移除 %1 项，%2 项在计划生成后发生变化而未改动，%3 项失败，%4 项已取消。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clean-up finished</source>
        <translation>清理完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor frees the storage only when garbage collection runs.</source>
        <translation>只有在运行垃圾回收（GC）后，Harbor 才会释放存储空间。</translation>
    </message>
</context>
<context>
    <name>berth::CleanupPlanner</name>
    <message>
        <location filename="../../src/operations/CleanupPlanner.cpp" line="+110"/>
        <source>no repository or folder %1</source>
        <translation>没有仓库或目录 %1</translation>
    </message>
</context>
<context>
    <name>berth::ConfirmDeleteDialog</name>
    <message>
        <location filename="../../src/gui/ConfirmDeleteDialog.cpp" line="+29"/>
        <source>Delete repository?</source>
        <translation>删除仓库？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the repository %1 from %2, with every artifact in it?</source>
        <translation>从 %2 删除仓库 %1 及其中的所有制品？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be deleted</source>
        <translation>将被删除的内容</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Remove %n tags?</source>
        <translation>
            <numerusform>移除 %n 个标签？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n tags from %1? Only the tags go; the artifacts stay.</source>
        <translation>
            <numerusform>从 %1 移除 %n 个标签？只移除标签，制品保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n artifacts?</source>
        <translation>
            <numerusform>删除 %n 个制品？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n artifacts from %1, with all their tags?</source>
        <translation>
            <numerusform>从 %1 删除 %n 个制品及其所有标签？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n artifacts stay: they carry immutable tags, which Harbor refuses to delete (412).</source>
        <translation>
            <numerusform>%n 个制品保留：它们带有不可变标签，Harbor 拒绝删除（412）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n immutable tags stay: Harbor refuses to delete them (412).</source>
        <translation>
            <numerusform>%n 个不可变标签保留：Harbor 拒绝删除它们（412）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This registry deletes a manifest by its digest: every tag on it goes with it.</source>
        <translation>此镜像仓库按摘要删除清单：清单上的所有标签都会随之删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to confirm</source>
        <translation>输入以确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the repository name to confirm:</source>
        <translation>输入仓库名称以确认：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the number of items (%1) to confirm:</source>
        <translation>输入条目数量（%1）以确认：</translation>
    </message>
</context>
<context>
    <name>berth::ConnectionCheck</name>
    <message>
        <location filename="../../src/diagnosis/ConnectionCheck.cpp" line="+33"/>
        <location line="+31"/>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Anonymous access: you will see public projects only, and cannot delete anything.</source>
        <translation>匿名访问：你只能看到公开项目，并且不能删除任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harbor did not accept these credentials and treats you as anonymous; you will see public projects only.</source>
        <translation>Harbor 不接受这些凭据，把你当作匿名用户；你只能看到公开项目。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not tell whether Harbor accepts the credentials: %1</source>
        <translation>无法判断 Harbor 是否接受这些凭据：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>robot %1</source>
        <translation>机器人账户 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor did not report its version.</source>
        <translation>Harbor 没有报告其版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor %1, authentication mode %2.</source>
        <translation>Harbor %1，认证模式 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticated as %1.</source>
        <translation>已认证为 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticated as %1, but it cannot see the project %2 (%3).</source>
        <translation>已认证为 %1，但它看不到项目 %2（%3）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authenticated as %1; its permissions in %2 could not be read.</source>
        <translation>已认证为 %1；无法读取它在 %2 中的权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated as %1; may list and delete tags in %2.</source>
        <translation>已认证为 %1；可以在 %2 中列出和删除标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticated as %1; may list tags in %2 but not delete them (no tag:delete).</source>
        <translation>已认证为 %1；可以在 %2 中列出标签，但不能删除（缺少 tag:delete）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated as %1, with no access to %2.</source>
        <translation>已认证为 %1，但无权访问 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may remove tags but not delete whole artifacts (no artifact:delete).</source>
        <translation>它可以移除标签，但不能删除整个制品（缺少 artifact:delete）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The registry endpoint (/v2/) accepts these credentials.</source>
        <translation>镜像仓库接口（/v2/）接受这些凭据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It may pull in %1 (repository:pull), so images there can be inspected.</source>
        <translation>它可以在 %1 中拉取（repository:pull），因此可以查看那里的镜像内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It lacks repository:pull in %1: listing and deleting work, inspecting images does not.</source>
        <translation>它在 %1 中缺少 repository:pull：列出和删除可用，查看镜像内容不可用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry endpoint (/v2/) sends clients to %1 for tokens; Berth will not: %2</source>
        <translation>镜像仓库接口（/v2/）让客户端到 %1 获取令牌；Berth 不会这样做：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens come from the registry&apos;s own host.</source>
        <translation>令牌来自镜像仓库自身的主机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens come from %1, another host, over https.</source>
        <translation>令牌来自另一台主机 %1，通过 https 获取。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry endpoint (/v2/) refused these credentials (%1).</source>
        <translation>镜像仓库接口（/v2/）拒绝了这些凭据（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry endpoint (/v2/) could not be checked: %1</source>
        <translation>无法检查镜像仓库接口（/v2/）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry endpoint (/v2/) answered %1.</source>
        <translation>镜像仓库接口（/v2/）返回了 %1。</translation>
    </message>
</context>
<context>
    <name>berth::ConnectionResolver</name>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="+39"/>
        <source>no profile named &apos;%1&apos; (see &apos;berthctl profiles&apos;)</source>
        <translation>没有名为“%1”的账户配置（参见 “berthctl profiles”）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no registry: give --url, or save a profile with &apos;berthctl login&apos;</source>
        <translation>没有指定镜像仓库：请使用 --url，或用 “berthctl login” 保存一个账户配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 profiles are saved; choose one with --profile</source>
        <translation>已保存 %1 个账户配置；请用 --profile 选择其中一个</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the CA file of profile &apos;%1&apos; cannot be used: %2</source>
        <translation>账户配置 &apos;%1&apos; 的 CA 文件无法使用：%2</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--password-stdin: no secret on standard input</source>
        <translation>--password-stdin：标准输入中没有密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no saved secret for %1 at %2: use --password-stdin, or &apos;berthctl login&apos;</source>
        <translation>没有为 %2 上的 %1 保存密钥：请使用 --password-stdin，或先执行 “berthctl login”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>berth::ContainerAuthFile</name>
    <message>
        <location filename="../../src/core/ContainerAuthFile.cpp" line="+50"/>
        <location line="+53"/>
        <source>Its “auth” field is not a string.</source>
        <translation>它的“auth”字段不是字符串。</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Its “auth” field is not valid base64.</source>
        <translation>它的“auth”字段不是有效的 base64。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its “auth” field holds no “:” between user name and password.</source>
        <translation>它的“auth”字段中，用户名和密码之间没有“:”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its “auth” field has an empty user name.</source>
        <translation>它的“auth”字段中用户名为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Its user name holds control characters.</source>
        <translation>它的用户名中含有控制字符。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Its “auth” field has an empty password.</source>
        <translation>它的“auth”字段中密码为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Its password holds a line break or NUL, which no registry login can send.</source>
        <translation>它的密码中含有换行符或 NUL，任何镜像仓库登录都无法发送这样的密码。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Its entry is not a JSON object.</source>
        <translation>它的条目不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The registry name is empty.</source>
        <translation>镜像仓库名称为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name “%1” holds control characters.</source>
        <translation>镜像仓库名称“%1”中含有控制字符。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The registry name “%1” has a scheme other than https:// or http://.</source>
        <translation>镜像仓库名称“%1”使用了 https:// 或 http:// 以外的协议。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry name “%1” has no host.</source>
        <translation>镜像仓库名称“%1”中没有主机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name “%1” holds a user name.</source>
        <translation>镜像仓库名称“%1”中带有用户名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry name “%1” is not usable: %2</source>
        <translation>镜像仓库名称“%1”不可用：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is larger than 1 MiB; a login file holds a few entries.</source>
        <translation>该文件大于 1 MiB；登录文件通常只有几个条目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>该文件不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a JSON object.</source>
        <translation>该文件不是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“credsStore” names “%1”, which is not a credential helper name; it is not run.</source>
        <translation>“credsStore”指定的“%1”不是凭据助手名称；不会运行它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“credsStore” is not a string; it is ignored.</source>
        <translation>“credsStore”不是字符串；已忽略。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“credHelpers” is not an object; it is ignored.</source>
        <translation>“credHelpers”不是对象；已忽略。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“auths” is not an object; it is ignored.</source>
        <translation>“auths”不是对象；已忽略。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file lists more than %1 registries; it is not read.</source>
        <translation>该文件列出了超过 %1 个镜像仓库；不读取它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its credential helper “%1” is not a valid helper name; it is not run.</source>
        <translation>它的凭据助手“%1”不是有效的助手名称；不会运行它。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It holds no user name and no password.</source>
        <translation>其中既没有用户名，也没有密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds a user name but no password.</source>
        <translation>其中有用户名，但没有密码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Its credential helper name is empty.</source>
        <translation>它的凭据助手名称为空。</translation>
    </message>
</context>
<context>
    <name>berth::ContentCache</name>
    <message>
        <location filename="../../src/content/ContentCache.cpp" line="+181"/>
        <location line="+4"/>
        <source>cannot create the cache folder %1</source>
        <translation>无法创建缓存目录 %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+48"/>
        <location line="+153"/>
        <source>not a digest the cache accepts: %1</source>
        <translation>不是缓存接受的摘要：%1</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+49"/>
        <source>%1 is larger than the cache takes (%2 bytes)</source>
        <translation>%1 超出了缓存能容纳的大小（%2 字节）</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+51"/>
        <source>the bytes do not match %1; not cached</source>
        <translation>内容与 %1 不符；未缓存</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+9"/>
        <location line="+41"/>
        <location line="+14"/>
        <location line="+119"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+54"/>
        <location line="+44"/>
        <location line="+94"/>
        <source>the cache %1 is locked by another process</source>
        <translation>缓存 %1 被另一个进程锁定</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>a pin needs a valid time</source>
        <translation>固定缓存项需要一个有效的时间</translation>
    </message>
</context>
<context>
    <name>berth::CopyCommand</name>
    <message>
        <location filename="../../src/cli/CopyCommand.cpp" line="+41"/>
        <source>%1: name the registry with --url (or --to-url for the target), not in the reference</source>
        <translation>%1：请用 --url（目标则用 --to-url）指定镜像仓库，而不是写在引用中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cp takes SRC and DEST: cp REPO:TAG REPO, or cp REPO:TAG REPO:NEWTAG</source>
        <translation>cp 需要 SRC 和 DEST：cp REPO:TAG REPO，或 cp REPO:TAG REPO:NEWTAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to-url and --to-profile exclude each other</source>
        <translation>--to-url 和 --to-profile 不能同时使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to-user needs --to-url</source>
        <translation>--to-user 需要配合 --to-url 使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DEST is REPO or REPO:TAG; the copy keeps the digest</source>
        <translation>DEST 是 REPO 或 REPO:TAG；复制会保持摘要不变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tags does not go with DEST REPO:TAG, which names exactly that tag</source>
        <translation>--tags 不能与 REPO:TAG 形式的 DEST 同用，后者已经指定了唯一的标签</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>copying: %1 of %2 bytes</source>
        <translation>正在复制：%1 / %2 字节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and its tags were copied; what refers to it was not, or not all (run cp again to go on, or give --no-referrers):</source>
        <translation>%1 及其标签已复制；引用它的内容没有复制或没有全部复制（再次运行 cp 以继续，或加上 --no-referrers）：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the tag %1 is on %2 at the target</source>
        <translation>在目标处，标签 %1 位于 %2 上</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>copied %1 to %2 as %3
</source>
        <translation>已将 %1 复制到 %2，摘要为 %3
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: none
</source>
        <translation>标签：无
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: %1
</source>
        <translation>标签：%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blobs: %1 uploaded (%2 bytes), %3 mounted, %4 already there
</source>
        <translation>blob：上传 %1 个（%2 字节），挂载 %3 个，已存在 %4 个
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>referrers: not copied (--no-referrers)
</source>
        <translation>引用者：未复制（--no-referrers）
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>referrers: %1 copied (signatures, attestations, SBOMs and other artifacts)
</source>
        <translation>引用者：已复制 %1 个（签名、证明、SBOM 及其他制品）
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referrers: %1 copied (signatures, attestations, SBOMs and other artifacts), tags: %2
</source>
        <translation>引用者：已复制 %1 个（签名、证明、SBOM 及其他制品），标签：%2
</translation>
    </message>
</context>
<context>
    <name>berth::CopyController</name>
    <message numerus="yes">
        <location filename="../../src/gui/CopyController.cpp" line="+32"/>
        <source>Signatures and other referrers: %n copied.</source>
        <translation>
            <numerusform>签名和其他引用者：已复制 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not copied: %1</source>
        <translation>未复制：%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to…</source>
        <translation>复制到…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a tag or an artifact first.</source>
        <translation>请先选择一个标签或制品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row has no digest yet; refresh its repository.</source>
        <translation>这一行还没有摘要；请刷新它所在的仓库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>The registry is not connected.</source>
        <translation>镜像仓库尚未连接。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Anonymous users may not add tags; add credentials to this registry.</source>
        <translation>匿名用户不能添加标签；请为此镜像仓库添加凭据。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Anonymous users may not push; add credentials to %1.</source>
        <translation>匿名用户不能推送；请为 %1 添加凭据。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+57"/>
        <source>Could not copy</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Copying %1 to %2…</source>
        <translation>正在把 %1 复制到 %2…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adding the tag…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copying %1…</source>
        <translation>正在复制 %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not add the tag</source>
        <translation>无法添加标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied, but not all that refers to it</source>
        <translation>已复制，但引用它的内容未全部复制</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Copy cancelled</source>
        <translation>复制已取消</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 and its tags arrived; the copy stopped while copying its signatures and other referrers. Copying it again continues where it stopped.</source>
        <translation>%1 及其标签已到达；复制在复制其签名和其他引用者时停止。再次复制会从停止处继续。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy of %1 stopped before it was tagged. Copying it again continues where it stopped: blobs that arrived are not sent again.</source>
        <translation>%1 的复制在打标签之前就停止了。再次复制会从停止处继续：已经到达的 blob 不会再次发送。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tagged %1 as %2.</source>
        <translation>已为 %1 添加标签 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2 by digest, without tags.</source>
        <translation>已按摘要把 %1 复制到 %2，不带标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2 with the tags %3.</source>
        <translation>已把 %1 复制到 %2，标签为 %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blobs: %1 sent, %2 mounted, %3 already there.</source>
        <translation>Blob：发送 %1 个，挂载 %2 个，已存在 %3 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move tag</source>
        <translation>移动标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move tag %1 from %2 to %3?</source>
        <translation>要把标签 %1 从 %2 移到 %3 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1 the tag %2 is on another artifact. Moving it leaves that artifact without this tag; nothing else changes.</source>
        <translation>在 %1 中，标签 %2 位于另一个制品上。移动后那个制品将失去这个标签；其他一切不变。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing changed: the tag %1 stays where it is.</source>
        <translation>未做任何更改：标签 %1 保持原位。</translation>
    </message>
</context>
<context>
    <name>berth::CopyToDialog</name>
    <message>
        <location filename="../../src/gui/CopyToDialog.cpp" line="+18"/>
        <source>Copy %1 with its blobs (and, for an index, its platform manifests).</source>
        <translation>复制 %1 及其 blob（如果是索引，还包括各平台的清单）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>None (by digest only)</source>
        <translation>无（仅按摘要）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The same tag (%1)</source>
        <translation>相同的标签（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New names:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Type the target repository.</source>
        <translation>请输入目标仓库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On Harbor the repository is PROJECT/REPOSITORY, e.g. %1/app.</source>
        <translation>在 Harbor 上，仓库写作 PROJECT/REPOSITORY，例如 %1/app。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the target registry in this window first (Registry → Accounts…).</source>
        <translation>请先在此窗口中打开目标镜像仓库（镜像仓库 → 账户…）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the new tags, separated by commas.</source>
        <translation>请输入新标签，用逗号分隔。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creates %1 by digest in %2 on %3, without tags.</source>
        <translation>将在 %3 的 %2 中按摘要创建 %1，不带标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates %1 in %2 on %3 with the tags %4.</source>
        <translation>将在 %3 的 %2 中创建 %1，标签为 %4。</translation>
    </message>
</context>
<context>
    <name>berth::CredentialHelperJob</name>
    <message>
        <location filename="../../src/credentials/CredentialHelper.cpp" line="+65"/>
        <source>“%1” is not a credential helper name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;); it was not run.</source>
        <translation>“%1”不是凭据助手名称（只能包含字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;）；没有运行它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 is not installed (not found on PATH).</source>
        <translation>凭据助手 %1 未安装（在 PATH 中找不到）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>无法启动凭据助手 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 did not answer within %2 seconds; it was stopped.</source>
        <translation>凭据助手 %1 在 %2 秒内没有回应；已将其终止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential helper %1 wrote more than 64 KiB; its answer was not read.</source>
        <translation>凭据助手 %1 的输出超过 64 KiB；没有读取它的回应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential helper %1 crashed.</source>
        <translation>凭据助手 %1 崩溃了。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential helper %1 has no login for this registry.</source>
        <translation>凭据助手 %1 中没有此镜像仓库的登录信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credential helper %1 failed (exit %2): %3</source>
        <translation>凭据助手 %1 执行失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The credential helper %1 answered something other than its JSON (Username, Secret).</source>
        <translation>凭据助手 %1 返回的不是它应有的 JSON（Username、Secret）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential helper %1 has an empty password for this registry.</source>
        <translation>凭据助手 %1 中此镜像仓库的密码为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential helper %1 gave a user name with control characters.</source>
        <translation>凭据助手 %1 给出的用户名中含有控制字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential helper %1 holds an OAuth refresh token (identity token) for this registry, not a password; Berth cannot log in with it.</source>
        <translation>凭据助手 %1 为此镜像仓库保存的是 OAuth 刷新令牌（identity token），而不是密码；Berth 无法用它登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 answered something other than its JSON list.</source>
        <translation>凭据助手 %1 返回的不是它应有的 JSON 列表。</translation>
    </message>
</context>
<context>
    <name>berth::CredentialHints</name>
    <message>
        <location filename="../../src/core/CredentialHints.cpp" line="+63"/>
        <source>“%1” looks like a robot name whose “$…” part was removed by a shell. Put the name in single quotes on the command line, or type it in the dialog; the name is probably “%2”.</source>
        <translation>“%1”看起来是一个机器人账户名，但其中的“$…”部分被 shell 吃掉了。在命令行中请用单引号把名称括起来，或者直接在对话框中输入；正确的名称很可能是“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” looks like a robot name cut short by a shell: it read “$” and the start of the project name as a variable and left only “%2” of the project name. Put the name in single quotes on the command line, or type it in the dialog; the name is probably “%3”, where &lt;project&gt; is the start of the project name.</source>
        <translation>“%1”看起来是被 shell 截短的机器人账户名：shell 把“$”和项目名称的开头当作变量读取，只留下了项目名称中的“%2”。请在命令行中用单引号括住该名称，或在对话框中输入；名称很可能是“%3”，其中 &lt;project&gt; 是项目名称的开头部分。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” looks like a project robot, but Harbor only recognises robot names that start with “%2”; without it the login is tried as a user and fails. Try “%3”.</source>
        <translation>“%1”看起来是项目机器人账户，但 Harbor 只识别以“%2”开头的机器人账户名；缺少这个前缀，登录会被当作普通用户处理而失败。请尝试“%3”。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the user name and the secret</source>
        <translation>用户名和密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces or line breaks around %1 were removed.</source>
        <translation>已去掉%1前后的空格或换行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret is empty. Paste the robot secret or password that belongs to “%1”.</source>
        <translation>密钥为空。请粘贴属于“%1”的机器人账户密钥或密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret looks like an Authorization header value (“Bearer …” or “Basic …”). Paste only the robot secret.</source>
        <translation>密钥看起来是 Authorization 请求头的值（“Bearer …”或“Basic …”）。请只粘贴机器人账户的密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret looks like a token (a JWT), not a robot secret. Registry tokens expire and Harbor&apos;s API does not accept them; use the secret shown when the robot was created or its exported file.</source>
        <translation>密钥看起来是一个令牌（JWT），而不是机器人账户密钥。镜像仓库令牌会过期，Harbor 的 API 也不接受它；请使用创建机器人账户时显示的密钥，或其导出文件中的密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 is not encrypted (http://), so the user name and secret would cross the network in clear text. Use https:// unless this is a test registry on a network you trust.</source>
        <translation>与 %1 的连接没有加密（http://），用户名和密钥会以明文在网络上传输。除非这是你信任的网络中的测试镜像仓库，否则请使用 https://。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The robot account expired on %1, so Harbor rejects its secret. Ask a Harbor administrator to extend it or create a new one.</source>
        <translation>该机器人账户已于 %1 过期，因此 Harbor 会拒绝它的密钥。请联系 Harbor 管理员延长有效期，或新建一个机器人账户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The robot account expires on %1 (%2). Ask a Harbor administrator to extend it before then.</source>
        <translation>该机器人账户将于 %1（%2）过期。请在此之前联系 Harbor 管理员延长有效期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 day</source>
        <translation>还有 1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>还有 %1 天</translation>
    </message>
</context>
<context>
    <name>berth::CredentialStore</name>
    <message>
        <location filename="../../src/credentials/CredentialStore.cpp" line="+11"/>
        <source>%1 item %2 (service %3)</source>
        <translation>%1 条目 %2（服务 %3）</translation>
    </message>
</context>
<context>
    <name>berth::CurlCommand</name>
    <message>
        <location filename="../../src/diagnosis/ShellWords.cpp" line="+112"/>
        <source>a single quote is never closed</source>
        <translation>单引号没有闭合</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a double quote is never closed</source>
        <translation>双引号没有闭合</translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/CurlCommand.cpp" line="+160"/>
        <source>the command is longer than 64 KiB</source>
        <translation>命令长度超过 64 KiB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no curl command found</source>
        <translation>没有找到 curl 命令</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: a shell expands $%2 (unset, so to nothing) before curl sees it</source>
        <translation>%1：shell 会在 curl 看到之前展开 $%2（未设置，所以变成空值）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an option of curl 7.88 to 8.x; Berth does not probe a command it cannot read completely</source>
        <translation>%1 不是 curl 7.88 至 8.x 的选项；Berth 不会探测它无法完整读懂的命令</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 makes curl connect to or through a host other than the URL&apos;s; Berth does not probe when a command names more than one host</source>
        <translation>%1 会让 curl 连接到 URL 以外的主机或经由其连接；命令中出现多个主机时，Berth 不会探测</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reads more options from a file that Berth does not read; it does not probe a command it cannot read completely</source>
        <translation>%1 会从 Berth 不读取的文件中读取更多选项；Berth 不会探测它无法完整读懂的命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes credentials from a .netrc file that Berth does not read; it does not probe without them</source>
        <translation>%1 会从 Berth 不读取的 .netrc 文件中获取凭据；没有凭据时 Berth 不会探测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fills in curl variables that Berth cannot see; it does not probe a command it cannot read completely</source>
        <translation>%1 会填入 Berth 看不到的 curl 变量；Berth 不会探测它无法完整读懂的命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 makes curl prove the credentials without sending the secret, and Berth&apos;s probes would send it; Berth does not probe</source>
        <translation>%1 会让 curl 在不发送密钥的情况下证明凭据，而 Berth 的探测会发送密钥；Berth 不会探测</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 starts another transfer; Berth explains one request and does not probe a command with several</source>
        <translation>%1 会开始另一次传输；Berth 只解释一个请求，不会探测包含多个请求的命令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 makes curl print something and exit without sending a request; there is nothing to probe</source>
        <translation>%1 会让 curl 打印一些内容后直接退出，而不发送请求；没有可探测的内容</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the Authorization header</source>
        <translation>Authorization 头</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>-u has no &apos;:secret&apos; part; curl would prompt for the password</source>
        <translation>-u 没有“:密钥”部分；curl 会提示输入密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-b %1 reads cookies from a file, which may hold Harbor&apos;s sid</source>
        <translation>-b %1 从文件读取 Cookie，其中可能含有 Harbor 的 sid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cookie file)</source>
        <translation>（cookie 文件）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 needs an argument; curl stops with &quot;requires parameter&quot;</source>
        <translation>%1 需要一个参数；curl 会报错 &quot;requires parameter&quot; 并停止</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>curl before 8.6 reads %1 as --%2 and later versions reject it; Berth does not probe a command that curl versions read differently</source>
        <translation>curl 8.6 之前会把 %1 读作 --%2，之后的版本则拒绝它；对于不同 curl 版本读法不同的命令，Berth 不会探测</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>curl rejects %1: only an on/off option can be turned off with --no-</source>
        <translation>curl 拒绝 %1：只有开关类选项才能用 --no- 关闭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1=… works in curl 8.16 and later; older versions stop with &quot;unknown option&quot;</source>
        <translation>%1=… 只在 curl 8.16 及以后版本可用；更早的版本会报错 &quot;unknown option&quot; 并停止</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>-G sends the data as a query string; Berth replays the URL without it</source>
        <translation>-G 会把数据作为查询字符串发送；Berth 重放的 URL 不带这些数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the URL</source>
        <translation>URL</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the command names %n URLs (%1); curl sends a request to each, and Berth does not probe</source>
        <translation>
            <numerusform>该命令指定了 %n 个 URL（%1）；curl 会向每个 URL 发送请求，Berth 不会探测</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names a server other than %2; Berth does not probe when a command names more than one host</source>
        <translation>%1 指定了 %2 以外的服务器；命令中出现多个主机时，Berth 不会探测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>curl expands {…} and […] in a URL into several requests (-g turns that off); Berth does not probe</source>
        <translation>curl 会把 URL 中的 {…} 和 […] 展开成多个请求（-g 可关闭此功能）；Berth 不会探测</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berth probes over https and http only, not %1</source>
        <translation>Berth 只通过 https 和 http 探测，不支持 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL is plain http to %1, which is not this machine; Berth sends credentials over https only</source>
        <translation>该 URL 是发往 %1 的明文 http，而该主机不是本机；Berth 只通过 https 发送凭据</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>--insecure turns off TLS verification</source>
        <translation>--insecure 会关闭 TLS 验证</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--location follows redirects; curl drops -u credentials on another host</source>
        <translation>--location 会跟随重定向；跳转到其他主机时 curl 会丢弃 -u 凭据</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>-k turns off TLS verification</source>
        <translation>-k 会关闭 TLS 验证</translation>
    </message>
    <message numerus="yes">
        <location line="-188"/>
        <source>a word of %n characters starting with &quot;-&quot;</source>
        <translation>
            <numerusform>一个以“-”开头、长 %n 个字符的词</numerusform>
        </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>-L follows redirects; curl drops -u credentials on another host</source>
        <translation>-L 会跟随重定向；跳转到其他主机时 curl 会丢弃 -u 凭据</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>no URL in the command</source>
        <translation>命令中没有 URL</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>“%1”不是 URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials in the URL end up in logs and redirects; use -u instead</source>
        <translation>写在 URL 中的凭据会出现在日志和重定向里；请改用 -u</translation>
    </message>
</context>
<context>
    <name>berth::DeleteBatch</name>
    <message>
        <location filename="../../src/operations/DeleteBatch.cpp" line="+275"/>
        <source>%1 names no digest; a registry deletes manifests by digest only</source>
        <translation>%1 没有指明摘要；镜像仓库只能按摘要删除清单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a registry has no request that deletes a repository; delete its manifests instead</source>
        <translation>镜像仓库没有删除仓库的请求；请改为删除其中的清单</translation>
    </message>
</context>
<context>
    <name>berth::DeleteController</name>
    <message>
        <location filename="../../src/gui/DeleteController.cpp" line="+45"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A delete is still running.</source>
        <translation>仍有删除操作在进行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to delete</source>
        <translation>没有可删除的内容</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting from %1</source>
        <translation>正在从 %1 删除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2: %3 %4</source>
        <translation>%1 / %2：%3 %4</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete finished</source>
        <translation>删除完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done: %3 deleted, %4 failed, %5 cancelled.</source>
        <translation>已完成 %1 / %2：删除 %3 个，失败 %4 个，取消 %5 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry frees the storage only when its garbage collection runs.</source>
        <translation>只有在运行垃圾回收后，镜像仓库才会释放存储空间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor frees the storage only when garbage collection runs.</source>
        <translation>只有在运行垃圾回收（GC）后，Harbor 才会释放存储空间。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The action journal could not be written: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the manifest…</source>
        <translation>删除清单…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
</context>
<context>
    <name>berth::DeleteGate</name>
    <message>
        <location filename="../../src/gui/DeleteGate.cpp" line="+66"/>
        <source>Shown from the snapshot of %1; waiting for the registry to confirm.</source>
        <translation>显示的是 %1 的快照；正在等待镜像仓库确认。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Harbor rejected the credentials for %1, so it treats each request as anonymous, and anonymous users may never delete. Fix the credentials in Registry → Accounts.</source>
        <translation>Harbor 拒绝了 %1 的凭据，因此会把每个请求当作匿名请求，而匿名用户永远不能删除。请在“镜像仓库 → 账户”中修正凭据。</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+21"/>
        <source>%1 is not connected.</source>
        <translation>%1 尚未连接。</translation>
    </message>
</context>
<context>
    <name>berth::DeletePlan</name>
    <message>
        <location filename="../../src/gui/DeletePlan.cpp" line="+30"/>
        <source>Tags to remove (the artifacts stay):</source>
        <translation>要移除的标签（制品保留）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other tags on the same artifacts stay:</source>
        <translation>同一制品上的其他标签保留：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Artifacts to delete, with everything on them:</source>
        <translation>要删除的制品（连同其上的一切）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going with them:</source>
        <translation>随之一起删除：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole repository, with all its artifacts and tags:</source>
        <translation>整个仓库，连同其所有制品和标签：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept, immutable (Harbor refuses to delete them, 412):</source>
        <translation>保留，不可变（Harbor 拒绝删除，412）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept, they carry immutable tags (Harbor refuses to delete them, 412):</source>
        <translation>保留，带有不可变标签（Harbor 拒绝删除，412）：</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Harbor refuses to delete the repository %1 (412): it holds %n immutable tags (%2).</source>
        <translation>
            <numerusform>Harbor 拒绝删除仓库 %1（412）：其中有 %n 个不可变标签（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is immutable: Harbor refuses to delete it (412).</source>
        <translation>%1 不可变：Harbor 拒绝删除它（412）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Harbor refuses to delete the artifact %1 (412): it carries %n immutable tags (%2).</source>
        <translation>
            <numerusform>Harbor 拒绝删除制品 %1（412）：它带有 %n 个不可变标签（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The selection spans several registries; delete from one registry at a time.</source>
        <translation>所选内容跨越多个镜像仓库；请一次只从一个镜像仓库删除。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A plain registry cannot delete a repository: delete its artifacts instead.</source>
        <translation>普通镜像仓库无法删除仓库：请改为删除其中的制品。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>tag %1:%2</source>
        <translation>标签 %1:%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>platform %1 (%2)</source>
        <translation>平台 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select one or more tags to remove.</source>
        <translation>请选择一个或多个要移除的标签。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select tags or untagged artifacts whose artifacts to delete.</source>
        <translation>请选择标签或未打标签的制品，以删除对应的制品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a repository.</source>
        <translation>请选择一个仓库。</translation>
    </message>
</context>
<context>
    <name>berth::DetailsPane</name>
    <message>
        <location filename="../../src/gui/DetailsPane.cpp" line="+22"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker pull command by tag</source>
        <translation>按标签的 docker pull 命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>podman pull command by tag</source>
        <translation>按标签的 podman pull 命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull command by digest</source>
        <translation>按摘要的 docker pull 命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>podman pull command by digest</source>
        <translation>按摘要的 podman pull 命令</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a tag or an artifact to see its details and pull commands.</source>
        <translation>选择一个标签或制品，查看其详细信息和拉取命令。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1
Signed in as %2</source>
        <translation>%1
登录身份：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 project, %n repositories</source>
        <translation>
            <numerusform>%1 项目，%n 个仓库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n artifacts</source>
        <translation>
            <numerusform>%n 个制品</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder %1</source>
        <translation>目录 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of nested repository names.</source>
        <translation>嵌套仓库名称的一部分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading failed</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An untagged artifact.</source>
        <translation>未打标签的制品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform %1 of the index %2.</source>
        <translation>索引 %2 中的平台 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attached to %2.</source>
        <translation>%1，附属于 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (%1 bytes)</source>
        <translation>（%1 字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not kept by this registry</source>
        <translation>此镜像仓库不记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 total, %3 fixable (%4)</source>
        <translation>%1 — 共 %2 个，%3 个可修复（%4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: Harbor will refuse to delete this tag</source>
        <translation>是：Harbor 会拒绝删除此标签</translation>
    </message>
</context>
<context>
    <name>berth::DiagnosisDialog</name>
    <message>
        <location filename="../../src/gui/DiagnosisDialog.cpp" line="+35"/>
        <source>Equivalent curl command</source>
        <translation>等效的 curl 命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret in the curl command</source>
        <translation>在 curl 命令中显示密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request facts and probe results</source>
        <translation>请求信息与探测结果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running probes with the same credentials…</source>
        <translation>正在用相同的凭据进行探测…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did this fail? — %1</source>
        <translation>为什么失败了？— %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;解决办法：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit credentials…</source>
        <translation>编辑凭据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue anonymously</source>
        <translation>以匿名身份继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate…</source>
        <translation>信任此证书…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent:</source>
        <translation>发送：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received:</source>
        <translation>收到：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probes (GET, same credentials):</source>
        <translation>探测（GET，相同凭据）：</translation>
    </message>
</context>
<context>
    <name>berth::DuCommand</name>
    <message>
        <location filename="../../src/cli/DuCommand.cpp" line="+43"/>
        <source>du takes at most one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/; on a plain registry REPO or FOLDER/)</source>
        <translation>du 最多接受一个 SCOPE（PROJECT、PROJECT/REPO、PROJECT/FOLDER/；在普通镜像仓库上为 REPO 或 FOLDER/）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>berthctl: nothing in %1 is visible to this account</source>
        <translation>berthctl：该账户在 %1 中看不到任何内容</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>... and %n more problems</source>
        <translation>
            <numerusform>……另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>STORED</source>
        <translation>STORED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNIQUE</source>
        <translation>UNIQUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHARED</source>
        <translation>SHARED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MANIFESTS</source>
        <translation>MANIFESTS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BLOBS</source>
        <translation>BLOBS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HARBOR QUOTA</source>
        <translation>HARBOR QUOTA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n referenced manifests are missing from the registry (not counted)</source>
        <translation>
            <numerusform>镜像仓库中缺少 %n 个被引用的清单（未计入）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>harbor: %1</source>
        <translation>Harbor：%1</translation>
    </message>
</context>
<context>
    <name>berth::ElidingLabel</name>
    <message>
        <location filename="../../src/gui/ElidingLabel.cpp" line="+133"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>berth::ExplainCommand</name>
    <message>
        <location filename="../../src/cli/ExplainCommand.cpp" line="+31"/>
        <source>berthctl explain: asking %1 (GET only, with the command&apos;s credentials)</source>
        <translation>berthctl explain：正在询问 %1（仅 GET，使用命令中的凭据）</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+20"/>
        <source>berthctl explain: %1</source>
        <translation>berthctl explain：%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fix: %1</source>
        <translation>解决办法：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
What the command sends:
</source>
        <translation>
该命令会发送：
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Probes (GET only, same credentials):
</source>
        <translation>
探测（仅 GET，使用相同凭据）：
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Probes: none; nothing was sent to any server.
</source>
        <translation>
探测：无；没有向任何服务器发送内容。
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Corrected command:
  </source>
        <translation>
修正后的命令：
  </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Note: %1</source>
        <translation>
注意：%1</translation>
    </message>
</context>
<context>
    <name>berth::ExplainDialog</name>
    <message>
        <location filename="../../src/gui/ExplainDialog.cpp" line="+23"/>
        <source>curl command to explain</source>
        <translation>要解释的 curl 命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected command</source>
        <translation>修正后的命令</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the command: %1</source>
        <translation>无法读懂该命令：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will ask no server: %1</source>
        <translation>不会询问任何服务器：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will ask %1 (GET only, with the command&apos;s credentials)</source>
        <translation>将询问 %1（仅 GET，使用命令中的凭据）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;&lt;b&gt;Could not read the command:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法解析该命令：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;解决办法：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;What the command sends&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;该命令会发送的内容&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Probes&lt;/b&gt; (GET only, same credentials)&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;探测&lt;/b&gt;（仅 GET，相同凭据）&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Probes:&lt;/b&gt; none; nothing was sent to any server.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;探测：&lt;/b&gt;无；没有向任何服务器发送内容。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>berth::FilterFeedback</name>
    <message>
        <location filename="../../src/gui/FilterFeedback.cpp" line="+77"/>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid regular expression: %1
The rows still show the last valid filter.</source>
        <translation>无效的正则表达式：%1
当前显示的仍是上一个有效过滤器的结果。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No rows match “%1” (substring).</source>
        <translation>没有与“%1”匹配的行（子串）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rows match “%1” (wildcard).</source>
        <translation>没有与“%1”匹配的行（通配符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rows match “%1” (regular expression).</source>
        <translation>没有与“%1”匹配的行（正则表达式）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The filter reads the loaded rows only; “Search server” asks Harbor for repositories.</source>
        <translation>过滤器只搜索已加载的行；“搜索服务器”会向 Harbor 查询仓库。</translation>
    </message>
</context>
<context>
    <name>berth::HarborClient</name>
    <message>
        <location filename="../../src/api/HarborClient.cpp" line="+235"/>
        <source>the server answered the DELETE with %1</source>
        <translation>服务器对 DELETE 的回答是 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered the DELETE with %1, not Harbor&apos;s confirmation</source>
        <translation>服务器对 DELETE 的应答是 %1，而不是 Harbor 的确认</translation>
    </message>
</context>
<context>
    <name>berth::HarborFigures</name>
    <message>
        <location filename="../../src/diagnosis/HarborFigures.cpp" line="+10"/>
        <source>%1, no limit</source>
        <translation>%1，无上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1（上限 %2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harbor&apos;s quota for %1 counts %2: the same bytes as its manifests reference, each blob once.</source>
        <translation>Harbor 为 %1 计入配额的是 %2：与其清单引用的字节相同，每个 blob 计一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor&apos;s quota for %1 counts %2, %3 more than the blobs its manifests reference (%4). Harbor counts a blob against the project as soon as it is uploaded or mounted, before any manifest refers to it, and until an artifact that used it is deleted: pushes that stopped halfway leave such blobs, and only garbage collection removes them from storage.</source>
        <translation>Harbor 为 %1 计入配额的是 %2，比其清单引用的 blob（%4）多 %3。blob 一经上传或挂载，Harbor 就把它计入项目配额，无需任何清单引用，直到使用它的制品被删除为止：中途停止的推送会留下这类 blob，只有垃圾回收才会把它们从存储中移除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor&apos;s quota for %1 counts %2, %3 less than the blobs its manifests reference (%4). Harbor leaves foreign layers out, and recounts the quota only when a push or a delete goes through it: blobs that reached the registry another way (storage restored or copied in) are not in it.</source>
        <translation>Harbor 为 %1 计入配额的是 %2，比其清单引用的 blob（%4）少 %3。Harbor 不计外部层（foreign layer），且只在推送或删除经过它时才重新计算配额：以其他方式进入仓库的 blob（恢复或复制进来的存储）不在其中。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n manifests could not be read, so part of the difference may be theirs.</source>
        <translation>
            <numerusform>有 %n 个清单无法读取，差异的一部分可能来自它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor reports no quota for %1 to this account (it needs quota read permission there, and per-project quotas on).</source>
        <translation>Harbor 未向此账号报告 %1 的配额（需要该项目的配额读取权限，并且启用了按项目配额）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harbor reports no project quota to this account (it needs quota read permission in a project).</source>
        <translation>Harbor 未向此账号报告任何项目配额（需要在项目中拥有配额读取权限）。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Harbor&apos;s quotas of the %n projects that report one add up to %1.</source>
        <translation>
            <numerusform>报告了配额的 %n 个项目，其 Harbor 配额合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor&apos;s project quotas add up to %1.</source>
        <translation>Harbor 的项目配额合计 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor counts a blob again in every project that uses it, so the same blobs counted once take %1 on disk; %2 of Berth&apos;s per-project figures are such repeats.</source>
        <translation>Harbor 在每个使用某个 blob 的项目中都会再计一次，因此这些 blob 各计一次时在磁盘上占 %1；Berth 各项目数字中有 %2 属于这种重复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These projects share no blob, so counted once their blobs also take %1.</source>
        <translation>这些项目之间没有共享的 blob，因此各计一次时它们的 blob 同样占 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor&apos;s quotas and Berth&apos;s per-project figures differ by %1; each project&apos;s line says why.</source>
        <translation>Harbor 的配额与 Berth 的各项目数字相差 %1；每个项目的说明给出原因。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Harbor reports %1, %2 more than the blobs under this index (%3): Harbor adds up each platform&apos;s size, so a layer two platforms share counts twice there, once on disk.</source>
        <translation>Harbor 报告 %1，比此索引下的 blob（%3）多 %2：Harbor 把每个平台的大小相加，因此两个平台共享的层在那里计两次，在磁盘上只存一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor reports %1, %2 more than its blobs (%3): Harbor adds up every layer the manifest lists, so a layer listed twice counts twice there, once on disk.</source>
        <translation>Harbor 报告 %1，比其 blob（%3）多 %2：Harbor 把清单列出的每一层相加，因此列出两次的层在那里计两次，在磁盘上只存一次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor reports %1, %2 less than its blobs (%3): its record does not match the manifests (a blob with two sizes in different manifests is counted at the larger).</source>
        <translation>Harbor 报告 %1，比其 blob（%3）少 %2：它的记录与清单不符（在不同清单中大小不同的 blob 按较大者计）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Harbor&apos;s size counts every platform under this index with its layers (%1, as Berth counts it too); Stored counts the index and its platforms&apos; manifests, whose layers count on their own rows.</source>
        <translation>Harbor 的大小计入此索引下的每个平台及其层（%1，Berth 也这样计）；“存储量”只计入索引及其各平台的清单，这些层计在各自的行上。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Garbage collection with &quot;delete untagged artifacts&quot; frees at least %1 more (the artifacts this plan leaves untagged, and any other untagged artifact).</source>
        <translation>如果垃圾回收时启用“删除未打标签的制品”（delete untagged artifacts），还会再释放至少 %1（即此计划留下的未打标签制品，以及其他所有未打标签的制品）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Harbor&apos;s figures and Berth&apos;s are compressed sizes, as the registry stores them; &apos;docker images&apos; shows images unpacked, which is larger.</source>
        <translation>Harbor 和 Berth 的数字都是仓库中存储的压缩大小；“docker images” 显示的是解压后的镜像，会更大。</translation>
    </message>
</context>
<context>
    <name>berth::HistoryCommand</name>
    <message>
        <location filename="../../src/cli/HistoryCommand.cpp" line="+31"/>
        <source>history takes no arguments</source>
        <translation>history 不接受参数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undoable until %1</source>
        <translation>在 %1 之前可撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no longer undoable: %1</source>
        <translation>已无法撤销：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>last undo at %1 %2: %3</source>
        <translation>上次撤销（%1）%2：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no journal id)</source>
        <translation>（无日志 ID）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>warning: %n journal lines could not be read</source>
        <translation>
            <numerusform>警告：有 %n 行日志无法读取</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::HistoryDialog</name>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="+137"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>账户配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Undoable until %1</source>
        <translation>在 %1 之前可撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer undoable: %1</source>
        <translation>已无法撤销：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete artifact</source>
        <translation>删除制品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete repository</source>
        <translation>删除仓库</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the plan</source>
        <translation>计划生成后已变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a delete did not happen; the tooltip says what to do</source>
        <translation>删除没有发生的原因；提示中说明了该怎么做</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Request-Id to look for in Harbor&apos;s core log</source>
        <translation>可在 Harbor core 日志中查找的 X-Request-Id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal of deletes</source>
        <translation>删除日志</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export journal</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 — %n entries</source>
        <translation>
            <numerusform>%1 — 共 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n unreadable lines skipped)</source>
        <translation>
            <numerusform>（跳过了 %n 行无法读取的内容）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The last undo, %1, was refused: %2</source>
        <translation>上一次撤销（%1）被拒绝：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last undo, %1, did not finish: %2</source>
        <translation>上一次撤销（%1）未完成：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a delete to undo.</source>
        <translation>请选择一个要撤销的删除操作。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cause id: %1</source>
        <translation>原因 ID：%1</translation>
    </message>
</context>
<context>
    <name>berth::HttpResponseParser</name>
    <message>
        <location filename="../../src/core/HttpResponseParser.cpp" line="+111"/>
        <source>the response&apos;s header block is larger than %1 KiB</source>
        <translation>响应的头部大于 %1 KiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server sent more than %1 interim (1xx) responses</source>
        <translation>服务器发送了超过 %1 个临时（1xx）响应</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the response has no status line</source>
        <translation>响应没有状态行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response does not start with an HTTP/1.x status line</source>
        <translation>响应不是以 HTTP/1.x 状态行开头</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server switched protocols, which Berth never asks for</source>
        <translation>服务器切换了协议，而 Berth 从未请求过</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the response has more than %1 header fields</source>
        <translation>响应的头字段超过 %1 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response&apos;s first header field starts with white space</source>
        <translation>响应的第一个头字段以空白开头</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the response has a header line without a field name</source>
        <translation>响应中有一行头部没有字段名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the response has a header field name that is not a token</source>
        <translation>响应中有一个头字段名不是合法的记号</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the response has two different Content-Length values</source>
        <translation>响应有两个不同的 Content-Length 值</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the response uses a transfer coding Berth did not ask for (%1)</source>
        <translation>响应使用了 Berth 未请求的传输编码（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>the response&apos;s Content-Length is not a usable number</source>
        <translation>响应的 Content-Length 不是可用的数字</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the response has a chunk line longer than %1 bytes</source>
        <translation>响应中有一个分块行长于 %1 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response&apos;s trailer is larger than %1 KiB</source>
        <translation>响应的尾部大于 %1 KiB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the response has a chunk size too large to be real</source>
        <translation>响应中的分块大小大得不真实</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response has a chunk size that is not a hexadecimal number</source>
        <translation>响应中的分块大小不是十六进制数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response has a chunk longer than its size says</source>
        <translation>响应中有一个分块比其声明的大小更长</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the connection closed in the middle of the response&apos;s header</source>
        <translation>连接在响应头部中途关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed before any response</source>
        <translation>连接在收到任何响应之前关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection closed before the whole body arrived</source>
        <translation>连接在完整正文到达之前关闭</translation>
    </message>
</context>
<context>
    <name>berth::ImageInspection</name>
    <message>
        <location filename="../../src/content/ImageInspection.cpp" line="+97"/>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a single image for %2, not an index; --platform %3 does not apply</source>
        <translation>%1 是 %2 平台的单个镜像，而不是索引；--platform %3 不适用</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 lists no platforms; there is no entry for %2</source>
        <translation>%1 没有列出任何平台；其中没有 %2 的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no entry for %2; it has %3</source>
        <translation>%1 中没有 %2 的条目；它包含 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the index nests indexes more than %1 levels deep</source>
        <translation>该索引中的索引嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the image configuration %1 cannot be read: %2</source>
        <translation>无法读取镜像配置 %1：%2</translation>
    </message>
</context>
<context>
    <name>berth::ImageRef</name>
    <message>
        <location filename="../../src/core/ImageRef.cpp" line="+59"/>
        <source>empty reference</source>
        <translation>引用为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reference is too long</source>
        <translation>引用太长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reference has no scheme: write host/project/repo:tag, not a URL</source>
        <translation>引用不能带协议：请写成 host/project/repo:tag，而不是 URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reference contains white space or control characters</source>
        <translation>引用中含有空白或控制字符</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>empty tag after &apos;:&apos;</source>
        <translation>“:”后面的标签为空</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>empty path segment in &apos;%1&apos;</source>
        <translation>“%1”中有空的路径段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a repository name: &apos;:&apos; may only separate the tag</source>
        <translation>“%1”不是有效的仓库名：“:”只能用来分隔标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no project: write project/repository</source>
        <translation>“%1”缺少项目：请写成 project/repository</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; names no tag or digest: write project/repo:tag or project/repo@sha256:...</source>
        <translation>“%1”没有指定标签或摘要：请写成 project/repo:tag 或 project/repo@sha256:...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; names no tag or digest: write repo:tag or repo@sha256:...</source>
        <translation>&apos;%1&apos; 没有指明标签或摘要：请写成 repo:tag 或 repo@sha256:...</translation>
    </message>
</context>
<context>
    <name>berth::ImportLoginsCommand</name>
    <message>
        <location filename="../../src/cli/ImportLoginsCommand.cpp" line="+63"/>
        <source>docker-credential-%1 (named in %2)</source>
        <translation>docker-credential-%1（在 %2 中指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password in the file</source>
        <translation>密码在文件中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password kept by the helper, read only when imported</source>
        <translation>密码由凭据助手保存，仅在导入时读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(user from the helper)</source>
        <translation>（用户来自凭据助手）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No docker or podman login file found.</source>
        <translation>没有找到 docker 或 podman 的登录文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logins found in %1.</source>
        <translation>在 %1 中没有找到登录信息。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved. Name the registries to import (berthctl login --import REGISTRY...), or give --yes to import every one that can be.</source>
        <translation>没有保存任何内容。请指明要导入的镜像仓库（berthctl login --import REGISTRY...），或加上 --yes 导入所有可以导入的登录信息。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): cannot import: %3</source>
        <translation>%1（%2）：无法导入：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No login found for &apos;%1&apos;.</source>
        <translation>没有找到 &apos;%1&apos; 的登录信息。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved profile &apos;%1&apos; for %2 at %3 (from %4); the secret is in %5. Saved as a plain registry: nothing was sent to check it.</source>
        <translation>已为 %3 上的 %2 保存账户配置“%1”（来自 %4）；密钥保存在 %5 中。已按普通镜像仓库保存：没有发送任何请求来验证它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not saved: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
</context>
<context>
    <name>berth::ImportLoginsDialog</name>
    <message>
        <location filename="../../src/gui/ImportLoginsDialog.cpp" line="+36"/>
        <source>Logins that docker, podman, skopeo and buildah keep on this computer. Tick the ones to save as Berth profiles; nothing is saved otherwise. A password kept by a credential helper is read only when you import its login. Imported logins are saved as plain registries; change that in Accounts if one is Harbor.</source>
        <translation>docker、podman、skopeo 和 buildah 在本机上保存的登录信息。勾选要保存为 Berth 账户配置的项；未勾选的不会保存。由凭据助手保存的密码，只在你导入相应登录信息时才会读取。导入的登录信息会保存为普通镜像仓库；如果其中某个是 Harbor，请在“账户”中更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(from the helper)</source>
        <translation>（来自凭据助手）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker-credential-%1 (named in %2)</source>
        <translation>docker-credential-%1（在 %2 中指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation>在文件中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by the helper; read when imported</source>
        <translation>由凭据助手保存；导入时读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No docker or podman login file was found.</source>
        <translation>没有找到 docker 或 podman 的登录文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logins found in %1.</source>
        <translation>在 %1 中没有找到登录信息。</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Importing %n logins…</source>
        <translation>
            <numerusform>正在导入 %n 个登录信息…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: saved as profile “%2” (user %3).</source>
        <translation>%1：已保存为账户配置“%2”（用户 %3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not saved: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
</context>
<context>
    <name>berth::InMemoryCredentialStore</name>
    <message>
        <location filename="../../src/credentials/InMemoryCredentialStore.cpp" line="+18"/>
        <source>No secret for this account is kept in this session.</source>
        <translation>本次会话中没有保存此账户的密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berth cannot reach a keyring: no Secret Service is running.</source>
        <translation>Berth 无法连接密钥环：没有运行 Secret Service。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused access; it is probably locked.</source>
        <translation>密钥环拒绝访问；它可能已被锁定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring reported an error.</source>
        <translation>密钥环报告了一个错误。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>memory (this session only)</source>
        <translation>内存（仅本次会话）</translation>
    </message>
</context>
<context>
    <name>berth::InputFile</name>
    <message>
        <location filename="../../src/core/InputFile.cpp" line="+20"/>
        <source>larger than %1 MiB</source>
        <translation>大于 %1 MiB</translation>
    </message>
</context>
<context>
    <name>berth::InspectCommand</name>
    <message>
        <location filename="../../src/cli/InspectCommand.cpp" line="+215"/>
        <source>%1 names registry %2, but this profile is %3</source>
        <translation>%1 指向镜像仓库 %2，但当前账户配置是 %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>berth::InspectorController</name>
    <message>
        <location filename="../../src/gui/InspectorController.cpp" line="+90"/>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Select a tag, an untagged artifact or a platform to see what is inside it.</source>
        <translation>请选择一个标签、未打标签的制品或平台，查看其中的内容。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This registry is not connected.</source>
        <translation>此镜像仓库未连接。</translation>
    </message>
</context>
<context>
    <name>berth::InspectorPane</name>
    <message>
        <location filename="../../src/gui/ArtifactTypeName.cpp" line="+21"/>
        <source>Cosign signature</source>
        <translation>Cosign 签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notation signature</source>
        <translation>Notation 签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigstore bundle</source>
        <translation>Sigstore 签名包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPDX SBOM</source>
        <translation>SPDX SBOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CycloneDX SBOM</source>
        <translation>CycloneDX SBOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syft SBOM</source>
        <translation>Syft SBOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor SBOM</source>
        <translation>Harbor SBOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in-toto attestation</source>
        <translation>in-toto 证明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm chart</source>
        <translation>Helm chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly module</source>
        <translation>WebAssembly 模块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CNAB bundle</source>
        <translation>CNAB 包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container image</source>
        <translation>容器镜像</translation>
    </message>
    <message>
        <location filename="../../src/gui/InspectorPane.cpp" line="+45"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy digest</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy manifest JSON</source>
        <translation>复制清单 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy config JSON</source>
        <translation>复制配置 JSON</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents of the selected artifact</source>
        <translation>所选制品的内容</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shows the manifest this one was opened from</source>
        <translation>显示打开此清单之前所在的清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the digest of the manifest shown</source>
        <translation>复制当前显示的清单的摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the manifest exactly as the registry sent it</source>
        <translation>按镜像仓库发来的原样复制清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the image configuration exactly as the registry sent it</source>
        <translation>按镜像仓库发来的原样复制镜像配置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the manifest (%1)</source>
        <translation>已复制清单（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the configuration (%1)</source>
        <translation>已复制配置（%1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a tag, an untagged artifact or a platform to see what is inside it.</source>
        <translation>请选择一个标签、未打标签的制品或平台，查看其中的内容。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+162"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Reading the manifest from the registry…</source>
        <translation>正在从镜像仓库读取清单…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry did not give the contents.</source>
        <translation>镜像仓库没有给出内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the cache: no requests were sent.</source>
        <translation>来自缓存：没有发送任何请求。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read from the registry: %n requests.</source>
        <translation>
            <numerusform>从镜像仓库读取：发送了 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+83"/>
        <source>Enter or a double-click on a platform shows it.</source>
        <translation>按回车或双击平台即可查看。</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n manifests</source>
        <translation>
            <numerusform>%n 个清单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n layers, %1 in total</source>
        <translation>
            <numerusform>%n 层，共 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n referrers</source>
        <translation>
            <numerusform>%n 个引用者</numerusform>
        </translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Harbor counts this read as a pull: the pull time changes.</source>
        <translation>Harbor 把这次读取算作一次拉取：拉取时间会改变。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neither an image nor an index: copy the JSON to read it</source>
        <translation>既不是镜像也不是索引：请复制 JSON 查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artifact type</source>
        <translation>制品类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manifest, its configuration and its layers: %1</source>
        <translation>清单、配置和各层合计：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>主体（subject）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This artifact refers to %1 (%2)</source>
        <translation>此制品指向 %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations</source>
        <translation>注解</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no platform)</source>
        <translation>（无平台）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attestation (%1)</source>
        <translation>证明（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attestation of %1</source>
        <translation>%1 的证明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OS version %1</source>
        <translation>操作系统版本 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build attestation (provenance or SBOM), not an image to run</source>
        <translation>构建证明（来源证明或 SBOM），不是可运行的镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an image configuration: not read</source>
        <translation>不是镜像配置：未读取</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (OS version %2)</source>
        <translation>%1（操作系统版本 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS/architecture</source>
        <translation>操作系统/架构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrypoint</source>
        <translation>入口点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed ports</source>
        <translation>暴露的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop signal</source>
        <translation>停止信号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>标签（Label）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n without a layer</source>
        <translation>
            <numerusform>其中 %n 个不产生层</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. empty layer</source>
        <translation>%1. 空层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1. layer %2</source>
        <translation>%1. 第 %2 层</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Referrers</source>
        <translation>引用者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures, SBOMs and attestations attached to this manifest</source>
        <translation>附加到此清单的签名、SBOM 和证明</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vulnerabilities</source>
        <translation>漏洞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixable</source>
        <translation>可修复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
</context>
<context>
    <name>berth::JsonShape</name>
    <message>
        <location filename="../../src/core/JsonShape.cpp" line="+116"/>
        <source>a body of more than %1 JSON objects and arrays, the cap for one response</source>
        <translation>响应体中的 JSON 对象和数组超过 %1 个，这是单个响应的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a body of more than %1 JSON values, the cap for one response</source>
        <translation>响应体中的 JSON 值超过 %1 个，这是单个响应的上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a page of %1 items, more than the page_size=%2 that was asked for</source>
        <translation>一页包含 %1 项，超过了请求的 page_size=%2</translation>
    </message>
</context>
<context>
    <name>berth::KeychainCredentialStore</name>
    <message>
        <location filename="../../src/credentials/KeychainCredentialStore.cpp" line="+17"/>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removing</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Berth cannot reach a keyring: no Secret Service is running (there is no D-Bus session, or no keyring such as GNOME Keyring, KWallet or KeePassXC answers). Start one and try again, or keep the secret for this session only.</source>
        <translation>Berth 无法连接密钥环：没有运行 Secret Service（没有 D-Bus 会话，或者 GNOME Keyring、KWallet、KeePassXC 之类的密钥环都没有响应）。请启动一个后重试，或者仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring is locked or has no default collection, so the secret cannot be saved. Unlock the keyring (or create a default “Login” keyring) and try again.</source>
        <translation>密钥环已锁定或没有默认集合，因此无法保存密钥。请解锁密钥环（或创建一个默认的“登录”密钥环）后重试。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No secret for this account is stored in the keyring.</source>
        <translation>密钥环中没有保存此账户的密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused access while %1 the secret; it is probably locked. Unlock it (for example in Seahorse or your password manager) and try again.</source>
        <translation>%1密钥时密钥环拒绝访问；它可能已被锁定。请解锁它（例如在 Seahorse 或你的密码管理器中）后重试。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keyring reported an error while %1 the secret.</source>
        <translation>%1密钥时密钥环报告了一个错误。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berth asked the keyring for an entry without a name.</source>
        <translation>Berth 向密钥环请求了一个没有名称的条目。</translation>
    </message>
</context>
<context>
    <name>berth::ListCommand</name>
    <message>
        <location filename="../../src/cli/ListCommand.cpp" line="+24"/>
        <source>%1 names registry %2, but this profile is %3</source>
        <translation>%1 指向镜像仓库 %2，但当前账户配置是 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ls takes PROJECT or PROJECT/REPO, not a tag or digest</source>
        <translation>ls 只接受 PROJECT 或 PROJECT/REPO，不接受标签或摘要</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no repository or folder %1/%2</source>
        <translation>没有仓库或目录 %1/%2</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 rows, %2 of %3 repositories</source>
        <translation>已输出 %1 行，%3 个仓库中已完成 %2 个</translation>
    </message>
    <message>
        <location filename="../../src/cli/ListProjectStreams.cpp" line="+103"/>
        <source>%1 rows, %2 of %3 projects</source>
        <translation>%1 行，%3 个项目中的第 %2 个</translation>
    </message>
</context>
<context>
    <name>berth::LoginCommand</name>
    <message>
        <location filename="../../src/cli/ProfileCommands.cpp" line="+53"/>
        <source>Saved profile &apos;%1&apos; for %2 at %3; the secret is in %4.</source>
        <translation>已为 %3 上的 %2 保存账户配置“%1”；密钥保存在 %4 中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved profile &apos;%1&apos; for %2 at %3, a plain OCI registry; the secret is in %4.</source>
        <translation>已为 %3（普通 OCI 镜像仓库）上的 %2 保存账户配置“%1”；密钥保存在 %4 中。</translation>
    </message>
</context>
<context>
    <name>berth::LoginImport</name>
    <message>
        <location filename="../../src/credentials/LoginImport.cpp" line="+116"/>
        <source>It holds an OAuth refresh token (identitytoken), not a password; Berth cannot log in with it. Log in with a password or an access token instead.</source>
        <translation>其中保存的是 OAuth 刷新令牌（identitytoken），而不是密码；Berth 无法用它登录。请改用密码或访问令牌登录。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The credential helper now holds another user than the one listed; look again.</source>
        <translation>凭据助手中现在保存的用户与列出的不同；请重新查找。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The login is no longer in %1; look again.</source>
        <translation>%1 中已没有该登录信息；请重新查找。</translation>
    </message>
</context>
<context>
    <name>berth::LogoutCommand</name>
    <message>
        <location filename="../../src/cli/ProfileCommands.cpp" line="+14"/>
        <source>which profile? Give --profile NAME (see &apos;berthctl profiles&apos;)</source>
        <translation>要哪个账户配置？请用 --profile NAME 指定（参见 “berthctl profiles”）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>没有名为“%1”的账户配置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed profile &apos;%1&apos;.</source>
        <translation>已删除账户配置“%1”。</translation>
    </message>
</context>
<context>
    <name>berth::MainWindow</name>
    <message>
        <location filename="../../src/gui/RegistryTreeView.cpp" line="+46"/>
        <source>Registry tree</source>
        <translation>镜像仓库树</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries, projects, repositories and tags. Enter shows details or retries a failed row; the context menu has copy and refresh actions.</source>
        <translation>镜像仓库、项目、仓库和标签。按 Enter 显示详细信息，或重试加载失败的行；右键菜单中有复制和刷新操作。</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="+88"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Substring</source>
        <translation>子串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wildcard</source>
        <translation>通配符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter mode</source>
        <translation>筛选模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask each registry for repositories whose name contains the filter text, and load the projects that have them</source>
        <translation>向每个镜像仓库查询名称包含筛选文本的仓库，并加载包含这些仓库的项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryBanners.cpp" line="+30"/>
        <source>%1: %2. Nothing is shown until you fix the credentials or choose to continue anonymously (public projects only).</source>
        <translation>%1：%2。在你修正凭据或选择以匿名身份继续（仅公开项目）之前，不会显示任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server&apos;s certificate is not trusted (%2).</source>
        <translation>%1：服务器证书不受信任（%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="+366"/>
        <source>Copied %n pull commands</source>
        <translation>
            <numerusform>已复制 %n 条拉取命令</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n digests</source>
        <translation>
            <numerusform>已复制 %n 个摘要</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n names</source>
        <translation>
            <numerusform>已复制 %n 个名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Searching %n projects on the server…</source>
        <translation>
            <numerusform>正在服务器上搜索 %n 个项目…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln projects</source>
        <translation>
            <numerusform>%Ln 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repositories</source>
        <translation>
            <numerusform>%Ln 个仓库</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln artifacts</source>
        <translation>
            <numerusform>%Ln 个制品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags loaded</source>
        <translation>
            <numerusform>已加载 %Ln 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/TreeContextMenu.cpp" line="+35"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in Harbor&apos;s web UI</source>
        <translation>在 Harbor 网页界面中打开</translation>
    </message>
    <message>
        <location filename="../../src/gui/ActionStates.cpp" line="+104"/>
        <source>Remove tag &apos;%1&apos;…</source>
        <translation>移除标签“%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n selected tags…</source>
        <translation>
            <numerusform>移除选中的 %n 个标签…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/TreeContextMenu.cpp" line="+31"/>
        <source>Artifact</source>
        <translation>制品</translation>
    </message>
    <message>
        <location filename="../../src/gui/ActionStates.cpp" line="+8"/>
        <source>Delete artifact %1…</source>
        <translation>删除制品 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete artifact %1… (and its %n tags: %2)</source>
        <translation>
            <numerusform>删除制品 %1…（及其 %n 个标签：%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n selected artifacts…</source>
        <translation>
            <numerusform>删除选中的 %n 个制品…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete repository %1…</source>
        <translation>删除仓库 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clean-up needs Harbor: a plain registry keeps no push or pull times to plan by.</source>
        <translation>清理需要 Harbor：普通镜像仓库不记录推送或拉取时间，无法据此制定计划。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a registry first (Registry → Accounts…).</source>
        <translation>请先打开一个镜像仓库（镜像仓库 → 账户…）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan what to remove from the selected repository, folder, project or registry</source>
        <translation>为选中的仓库、文件夹、项目或镜像仓库规划要移除的内容</translation>
    </message>
    <message>
        <location filename="../../src/gui/TrustCertificateBox.cpp" line="+26"/>
        <source>Trust this certificate?</source>
        <translation>信任此证书？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only trust the certificate if its fingerprint matches what the Harbor admin gives you. Berth will accept exactly this certificate for %1, and no other.</source>
        <translation>只有当证书指纹与 Harbor 管理员提供的一致时，才应信任它。Berth 将只为 %1 接受这一张证书，不接受其他任何证书。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1
Issuer: %2
Valid: %3
SHA-256: %4</source>
        <translation>主题：%1
签发者：%2
有效期：%3
SHA-256：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust for %1</source>
        <translation>为 %1 信任</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="-149"/>
        <source>Could not save the pinned certificate: %1</source>
        <translation>无法保存固定证书：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 now trusts the certificate %2.</source>
        <translation>%1 现在信任证书 %2。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Type part of a repository name into the filter first.</source>
        <translation>请先在筛选框中输入仓库名称的一部分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every project is loaded already; the filter covers them.</source>
        <translation>所有项目都已加载，筛选已覆盖它们。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About Berth</source>
        <translation>关于 Berth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;Browse and clean up Harbor container registries.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;QtKeychain %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;浏览和清理 Harbor 容器镜像仓库。&lt;/p&gt;&lt;p&gt;Qt %2（构建时为 %3）&lt;br/&gt;QtKeychain %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>berth::ManifestRefsIndex</name>
    <message>
        <location filename="../../src/content/ManifestRefsIndex.cpp" line="+151"/>
        <source>cannot create the cache folder %1</source>
        <translation>无法创建缓存文件夹 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cache %1 is locked by another process</source>
        <translation>缓存 %1 已被另一个进程锁定</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+22"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>berth::OciConfig</name>
    <message>
        <location filename="../../src/core/OciConfig.cpp" line="+51"/>
        <source>The image configuration is %1 bytes, more than the %2 bytes Berth reads.</source>
        <translation>镜像配置有 %1 字节，超过了 Berth 读取的上限 %2 字节。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image configuration was not read: it is %1.</source>
        <translation>未读取镜像配置：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image configuration is not JSON (%1 at byte %2).</source>
        <translation>镜像配置不是 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image configuration is JSON but not an object.</source>
        <translation>镜像配置是 JSON，但不是对象。</translation>
    </message>
</context>
<context>
    <name>berth::OciManifest</name>
    <message>
        <location filename="../../src/core/OciManifest.cpp" line="+63"/>
        <source>%1 is not a JSON object, so it does not describe any content.</source>
        <translation>%1 不是 JSON 对象，因此没有描述任何内容。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is missing; every descriptor names the type of its content.</source>
        <translation>缺少 %1；每个描述符都要注明其内容的类型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>%1 is not a string.</source>
        <translation>%1 不是字符串。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 is not a media type such as application/vnd.oci.image.layer.v1.tar+gzip: %2</source>
        <translation>%1 不是 application/vnd.oci.image.layer.v1.tar+gzip 这样的媒体类型：%2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is missing; without it the content cannot be fetched.</source>
        <translation>缺少 %1；没有它就无法获取内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a sha256 or sha512 digest in lower-case hex: %2</source>
        <translation>%1 不是小写十六进制的 sha256 或 sha512 摘要：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is missing; every descriptor states the size of its content.</source>
        <translation>缺少 %1；每个描述符都要写明其内容的大小。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is negative (%2); a size cannot be.</source>
        <translation>%1 是负数（%2）；大小不能为负。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 bytes, more than 16 TiB; no registry stores such a blob.</source>
        <translation>%1 为 %2 字节，超过 16 TiB；没有镜像仓库会存储这样的 blob。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a whole number of bytes (%2).</source>
        <translation>%1 不是整数字节数（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not base64 text.</source>
        <translation>%1 不是 base64 文本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not match the descriptor&apos;s digest and size.</source>
        <translation>%1 与描述符的摘要和大小不符。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a list.</source>
        <translation>%1 不是列表。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The manifest is %1 bytes, more than the %2 bytes a registry accepts for one manifest.</source>
        <translation>清单有 %1 字节，超过了镜像仓库对单个清单接受的上限 %2 字节。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest was not read: it is %1.</source>
        <translation>未读取清单：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manifest is not JSON (%1 at byte %2).</source>
        <translation>清单不是 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest is JSON but not an object, so it is no manifest.</source>
        <translation>清单是 JSON，但不是对象，因此不是清单。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The image manifest has no config, so it describes no image.</source>
        <translation>镜像清单没有 config，因此没有描述任何镜像。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>manifests[%1] is the index itself (%2); it cannot list itself.</source>
        <translation>manifests[%1] 就是该索引本身（%2）；索引不能列出自身。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subject is the manifest itself (%1); it cannot refer to itself.</source>
        <translation>subject 就是该清单本身（%1）；清单不能指向自身。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest was refused: %1</source>
        <translation>清单被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>berth::PagedListJob</name>
    <message>
        <location filename="../../src/api/PagedListJob.cpp" line="+103"/>
        <source>a list larger than %1 MiB, the cap for one list</source>
        <translation>列表大于 %1 MiB，这是单个列表的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 MiB of lists in one session, the cap for one session</source>
        <translation>一次会话中的列表超过 %1 MiB，这是单次会话的上限</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the server reports %1 items; only the first %2 pages are fetched</source>
        <translation>服务器报告共有 %1 项；只获取前 %2 页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored an unreadable X-Total-Count header</source>
        <translation>已忽略无法解析的 X-Total-Count 响应头</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server reported %1 items but page %2 held only %3</source>
        <translation>服务器报告共有 %1 项，但第 %2 页只有 %3 项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server reported %1 items but sent more</source>
        <translation>服务器报告共有 %1 项，但实际发送的更多</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list that did not end after %1 pages, the cap for one list</source>
        <translation>列表在 %1 页之后仍未结束，这是单个列表的上限</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a list of more than %1 items, the cap for one list</source>
        <translation>列表超过 %1 项，这是单个列表的上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 list items in one session, the cap for one session</source>
        <translation>一次会话中的列表项超过 %1 个，这是单次会话的上限</translation>
    </message>
</context>
<context>
    <name>berth::PermissionCache</name>
    <message>
        <location filename="../../src/gui/PermissionCache.cpp" line="+75"/>
        <source>Anonymous users may never delete; add robot credentials to this registry.</source>
        <translation>匿名用户永远不能删除；请为此镜像仓库添加机器人账户凭据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lacks %2 in %3</source>
        <translation>%1 在 %3 中缺少 %2 权限</translation>
    </message>
</context>
<context>
    <name>berth::PermissionWords</name>
    <message>
        <location filename="../../src/diagnosis/PermissionWords.cpp" line="+20"/>
        <location line="+17"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+27"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>accessory</source>
        <translation>附属物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact</source>
        <translation>制品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact addition</source>
        <translation>制品附加信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact label</source>
        <translation>制品标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm chart</source>
        <translation>Helm chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm chart version</source>
        <translation>Helm chart 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm chart version label</source>
        <translation>Helm chart 版本标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immutability rule</source>
        <translation>不可变规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project metadata</source>
        <translation>项目元数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preheat policy</source>
        <translation>预热策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>robot account</source>
        <translation>机器人账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation>扫描器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag retention</source>
        <translation>标签保留</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>列出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operate</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push</source>
        <translation>推送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner pull</source>
        <translation>扫描器拉取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <extracomment>A permission in Harbor: the resource, then what may be done with it (&quot;repository: pull&quot;).</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>berth::PlainHttpConnection</name>
    <message>
        <location filename="../../src/api/PlainHttpPool.cpp" line="+139"/>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Socket operation timed out</source>
        <translation>套接字操作超时</translation>
    </message>
</context>
<context>
    <name>berth::PlainHttpReply</name>
    <message>
        <location filename="../../src/api/PlainHttpReply.cpp" line="+94"/>
        <source>the request method holds a line break</source>
        <translation>请求方法中含有换行符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request header %1 holds a line break</source>
        <translation>请求头 %1 中含有换行符</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>传输 %1 时出错 - 服务器回复：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Protocol &quot;%1&quot; is unknown</source>
        <translation>未知协议“%1”</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Operation canceled</source>
        <translation>操作已取消</translation>
    </message>
</context>
<context>
    <name>berth::PlanCommand</name>
    <message>
        <location filename="../../src/cli/PlanCommand.cpp" line="+34"/>
        <source>plan --execute asks before deleting, and there is no terminal to ask on: add --yes</source>
        <translation>plan --execute 在删除前需要确认，但没有可以提问的终端：请加上 --yes</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../src/cli/PlanRegistry.cpp" line="+29"/>
        <source>planning: %1 of %2 repositories</source>
        <translation>规划中：%1 / %2 个仓库</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>berthctl: cannot read %1: %2</source>
        <translation>berthctl：无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>berthctl: %1 is not a usable plan: %2</source>
        <translation>berthctl：%1 不是可用的计划：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>berthctl: %1 was made on a plain OCI registry, but this registry is Harbor</source>
        <translation>berthctl：%1 是在普通 OCI 镜像仓库上生成的，但当前镜像仓库是 Harbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berthctl: %1 was made on Harbor, but this is a plain OCI registry</source>
        <translation>berthctl：%1 是在 Harbor 上生成的，但当前是普通 OCI 镜像仓库</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>berthctl: the plan was computed for %1, but this registry is %2</source>
        <translation>berthctl：该计划是为 %1 生成的，但当前镜像仓库是 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to remove (%2 tags, %3 untagged artifacts), %4 to keep (%5 immutable) in %6 repositories</source>
        <translation>移除 %1 项（%2 个标签，%3 个未打标签的制品），保留 %4 项（%5 个不可变），涉及 %6 个仓库</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; %1%2 released</source>
        <translation>；释放 %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/cli/PlanRegistry.cpp" line="+45"/>
        <source>at least </source>
        <translation>至少 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 artifacts lose every tag and stay untagged (a --untagged plan deletes them)</source>
        <translation>；%1 个制品会失去所有标签，成为未打标签的制品（--untagged 计划会删除它们）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>warning: what this plan frees after garbage collection is not known: %1</source>
        <translation>警告：无法得知此计划在垃圾回收后能释放多少空间：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+124"/>
        <source>Nothing to remove.</source>
        <translation>没有要移除的内容。</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>  ... and %1 more</source>
        <translation>  ……还有 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry this out on %1? Type &apos;yes&apos; to go on: </source>
        <translation>要在 %1 上执行吗？输入 &apos;yes&apos; 继续：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>changed_since_plan: %1: %2</source>
        <translation>changed_since_plan：%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: the action journal could not be written: %1</source>
        <translation>警告：无法写入操作日志：%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>journal id: %1 (berthctl undo %1 puts it back)</source>
        <translation>日志 ID：%1（berthctl undo %1 可以恢复）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PlanRegistry.cpp" line="-41"/>
        <source>keep-last orders tags by their images&apos; creation dates: reading %n manifests and their configs (on Docker Hub every manifest GET counts against the pull rate limit; HEAD requests do not)</source>
        <translation>
            <numerusform>keep-last 按标签所指镜像的创建时间排序：需要读取 %n 个清单及其配置（在 Docker Hub 上，每次 GET 清单都计入拉取速率限制；HEAD 请求不计入）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 tags to remove with %2 manifest deletes, %3 to keep in %4 repositories</source>
        <translation>移除 %1 个标签（删除 %2 个清单），保留 %3 个，涉及 %4 个仓库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1%2 of manifests, configs and layers no longer referenced by these tags</source>
        <translation>；这些标签不再引用的清单、配置和层共 %1%2</translation>
    </message>
</context>
<context>
    <name>berth::PlanExecutor</name>
    <message>
        <location filename="../../src/operations/PlanExecutor.cpp" line="+124"/>
        <location filename="../../src/operations/PlanExecutorRegistry.cpp" line="+86"/>
        <source>kept now: %1 (the repository changed since the plan)</source>
        <translation>现在应保留：%1（制定计划后，仓库已发生变化）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a repository name</source>
        <translation>%1 不是仓库名称</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../src/operations/PlanExecutorRegistry.cpp" line="-6"/>
        <source>the tag %1 is gone</source>
        <translation>标签 %1 已不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the artifact %1 is gone</source>
        <translation>制品 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../../src/operations/PlanExecutorRegistry.cpp" line="+3"/>
        <source>%1 now points to %2, the plan had %3</source>
        <translation>%1 现在指向 %2，计划中是 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1@%2 now also carries %3, which the plan does not remove</source>
        <translation>%1@%2 现在还带有计划不会移除的 %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the repository %1 is gone</source>
        <translation>仓库 %1 已不存在</translation>
    </message>
</context>
<context>
    <name>berth::ProbeRunner</name>
    <message>
        <location filename="../../src/diagnosis/ProbeRunner.cpp" line="+91"/>
        <source>artifact by tag %1</source>
        <translation>按标签 %1 查询制品</translation>
    </message>
</context>
<context>
    <name>berth::ProfileSecrets</name>
    <message>
        <location filename="../../src/credentials/ProfileSecrets.cpp" line="+176"/>
        <source>Saved “%1”, but its secret could not be moved: it was not found in the %2. The keyring may be locked, or the secret was removed outside Berth. Enter the secret again.</source>
        <translation>已保存“%1”，但无法迁移其密钥：在%2中找不到它。可能是密钥环已锁定，或者密钥在 Berth 之外被删除了。请重新输入密钥。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Removed the account “%1”.</source>
        <translation>已移除账户“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the account “%1”. Its secret was the %2. If the keyring was locked it may still be there; remove it by hand if so.</source>
        <translation>已移除账户“%1”。它的密钥保存在%2中。如果当时密钥环处于锁定状态，密钥可能仍然留在那里；如有需要请手动删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed the account “%1”, but its secret could not be removed: %2 Remove the %3 by hand.</source>
        <translation>已移除账户“%1”，但无法删除其密钥：%2 请手动删除%3。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No secret was found for “%1” in the %2, although Berth saved one there. The keyring may be locked, or the secret was removed outside Berth. Unlock the keyring and retry, or enter the secret again.</source>
        <translation>在%2中找不到“%1”的密钥，尽管 Berth 曾把它保存在那里。可能是密钥环已锁定，或者密钥在 Berth 之外被删除了。请解锁密钥环后重试，或重新输入密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secret is saved for “%1”. Enter it to connect.</source>
        <translation>尚未保存“%1”的密钥。请输入密钥以连接。</translation>
    </message>
</context>
<context>
    <name>berth::ProfileStore</name>
    <message>
        <location filename="../../src/credentials/ProfileStore.cpp" line="+134"/>
        <source>Give the account a name.</source>
        <translation>请为账户命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account name must not start or end with spaces or contain control characters.</source>
        <translation>账户名称不能以空格开头或结尾，也不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name must not start or end with spaces or line breaks.</source>
        <translation>用户名不能以空格或换行开头或结尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An anonymous account has no user name.</source>
        <translation>匿名账户没有用户名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the robot account name, for example robot$project+name.</source>
        <translation>请输入机器人账户名称，例如 robot$project+name。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pinned certificate fingerprint must be a SHA-256 hash: 64 hexadecimal digits, with or without colons.</source>
        <translation>固定证书指纹必须是 SHA-256 哈希：64 位十六进制数字，可以带冒号，也可以不带。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The account “%1” already uses %2 at %3.</source>
        <translation>账户“%1”已在 %3 上使用 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account named “%1” already exists.</source>
        <translation>已存在名为“%1”的账户。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The account list could not be written to %1.</source>
        <translation>无法将账户列表写入 %1。</translation>
    </message>
</context>
<context>
    <name>berth::ProfilesCommand</name>
    <message>
        <location filename="../../src/cli/ProfileCommands.cpp" line="+26"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret saved</source>
        <translation>已保存密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no secret</source>
        <translation>无密钥</translation>
    </message>
</context>
<context>
    <name>berth::ProjectSummaries</name>
    <message>
        <location filename="../../src/content/ProjectSummaries.cpp" line="+75"/>
        <source>%1: Harbor&apos;s project summary could not be read: %2</source>
        <translation>%1：无法读取 Harbor 的项目摘要：%2</translation>
    </message>
</context>
<context>
    <name>berth::ReferenceGrammar</name>
    <message>
        <location filename="../../src/core/ReferenceGrammar.cpp" line="+25"/>
        <source>the tag is empty</source>
        <translation>标签为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tag is longer than 128 characters</source>
        <translation>标签长度超过 128 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a tag: a tag starts with a letter, digit or &apos;_&apos; and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>&apos;%1&apos; 不是有效的标签：标签必须以字母、数字或 &apos;_&apos; 开头，且只能包含字母、数字、&apos;_&apos;、&apos;.&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project name is empty</source>
        <translation>项目名称为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project name is longer than %1 characters</source>
        <translation>项目名称长度超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a project name: lowercase letters and digits, separated by single &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>&apos;%1&apos; 不是有效的项目名称：只能是小写字母和数字，以单个 &apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 分隔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the repository name is empty</source>
        <translation>仓库名称为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the repository name is longer than %1 characters with its project</source>
        <translation>仓库名称连同项目名称超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has an empty path component</source>
        <translation>&apos;%1&apos; 中有空的路径段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a repository path component: lowercase letters and digits, separated by &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes</source>
        <translation>&apos;%1&apos; 不是有效的仓库路径段：只能是小写字母和数字，以 &apos;.&apos;、&apos;_&apos;、&apos;__&apos; 或短横线分隔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a digest: sha256: and 64, or sha512: and 128, lowercase hex digits</source>
        <translation>&apos;%1&apos; 不是有效的摘要：应为 sha256: 加 64 个、或 sha512: 加 128 个小写十六进制数字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the URL is not valid</source>
        <translation>该 URL 无效</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>the path %1 changes under dot-segment normalisation</source>
        <translation>路径 %1 在点路径段规范化后会发生变化</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the path segment &apos;%1&apos; reads as &apos;%2&apos;, which would name another resource</source>
        <translation>路径段 &apos;%1&apos; 会被读作 &apos;%2&apos;，从而指向另一个资源</translation>
    </message>
</context>
<context>
    <name>berth::ReferrerCopy</name>
    <message>
        <location filename="../../src/operations/ReferrerCopy.cpp" line="+99"/>
        <source>%1 was listed as a referrer of %2 but names another subject; copied, not listed</source>
        <translation>%1 被列为 %2 的引用者，但其 subject 指向其他内容；已复制，未加入列表</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 was not copied: at the target the tag is on %2, which was kept</source>
        <translation>%1 未复制：目标处该标签位于 %2 上，已保留原样</translation>
    </message>
</context>
<context>
    <name>berth::RegistryAuth</name>
    <message>
        <location filename="../../src/api/RegistryAuth.cpp" line="+149"/>
        <source>the registry&apos;s Bearer challenge names no usable token service (realm &quot;%1&quot;)</source>
        <translation>镜像仓库的 Bearer 质询没有给出可用的令牌服务（realm &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>refusing the token service at %1: %2</source>
        <translation>拒绝使用位于 %1 的令牌服务：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the token service at %1 answered without a usable token: %2</source>
        <translation>位于 %1 的令牌服务的回答中没有可用的令牌：%2</translation>
    </message>
</context>
<context>
    <name>berth::RegistryCleanupPlanner</name>
    <message>
        <location filename="../../src/operations/RegistryCleanupPlanner.cpp" line="+88"/>
        <source>no repository or folder %1</source>
        <translation>没有仓库或目录 %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1:%2: the registry sent no Docker-Content-Digest for the tag</source>
        <translation>%1:%2：镜像仓库没有为该标签返回 Docker-Content-Digest</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the manifest %1 cannot be read: %2</source>
        <translation>无法读取清单 %1：%2</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>a plain OCI registry does not list untagged manifests: this plan covers tags only</source>
        <translation>普通 OCI 镜像仓库不列出未打标签的清单：此计划只涵盖标签</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n tags have no creation date (an artifact, or an image without `created`): they rank after every dated tag</source>
        <translation>
            <numerusform>%n 个标签没有创建时间（是制品，或者镜像没有 `created`）：它们排在所有带创建时间的标签之后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n referrers tags (sha256-...) were left out: they list the signatures and SBOMs of their subject</source>
        <translation>
            <numerusform>略过了 %n 个引用者标签（sha256-...）：它们列出的是其主体的签名和 SBOM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tags the rules select are kept: their manifest also carries a kept tag, and this registry deletes whole manifests only</source>
        <translation>
            <numerusform>规则选中的 %n 个标签被保留：它们的清单上还带有要保留的标签，而此镜像仓库只能删除整个清单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::RegistryClient</name>
    <message>
        <location filename="../../src/api/RegistryClient.cpp" line="+92"/>
        <source>the repository name is empty</source>
        <translation>仓库名称为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the repository name is longer than 255 characters</source>
        <translation>仓库名称超过 255 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a repository name a registry accepts (lower-case letters, digits and . _ - between them, components separated by /)</source>
        <translation>&quot;%1&quot; 不是镜像仓库接受的仓库名称（由小写字母和数字组成，其间可用 . _ -，各部分以 / 分隔）</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>the manifest received does not match its digest: expected %1, received %2 bytes whose digest is %3</source>
        <translation>收到的清单与其摘要不符：期望 %1，收到的 %2 字节的摘要是 %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the registry&apos;s Docker-Content-Digest (%1) differs from the digest of the bytes received (%2); Berth uses the latter</source>
        <translation>镜像仓库的 Docker-Content-Digest（%1）与收到内容的摘要（%2）不同；Berth 采用后者</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the registry describes %1 as %2</source>
        <translation>镜像仓库把 %1 描述为 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the blob received does not match its digest: expected %1, received %2 bytes whose digest is %3</source>
        <translation>收到的 blob 与其摘要不符：期望 %1，收到的 %2 字节的摘要是 %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the registry&apos;s list of referrers is not JSON (%1 at byte %2)</source>
        <translation>镜像仓库返回的引用者列表不是 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <location filename="../../src/api/RegistryWrites.cpp" line="+69"/>
        <source>the manifest&apos;s bytes do not hash to %1</source>
        <translation>清单内容的哈希值不是 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the registry stored the manifest as %1, but its bytes are %2</source>
        <translation>镜像仓库将清单存储为 %1，但其内容的摘要是 %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the registry opened an upload without a Location on its own address</source>
        <translation>镜像仓库开启了上传，但没有给出指向其自身地址的 Location</translation>
    </message>
    <message>
        <location filename="../../src/api/RegistryReferrerIndex.cpp" line="+106"/>
        <source>the tag %1 holds no index, so it cannot list the referrers of %2</source>
        <translation>标签 %1 指向的不是索引，因此无法列出 %2 的引用者</translation>
    </message>
</context>
<context>
    <name>berth::RegistryJob</name>
    <message>
        <location filename="../../src/api/RegistryJob.cpp" line="+131"/>
        <source>the registry&apos;s WWW-Authenticate header could not be read: %1</source>
        <translation>无法读取镜像仓库的 WWW-Authenticate 头：%1</translation>
    </message>
</context>
<context>
    <name>berth::RegistryListCommand</name>
    <message>
        <location filename="../../src/cli/RegistryListCommand.cpp" line="+23"/>
        <source>%1 names registry %2, but this profile is %3</source>
        <translation>%1 指向镜像仓库 %2，但当前账户配置是 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ls takes REPO or a folder of repositories, not a tag or digest</source>
        <translation>ls 接受 REPO 或包含多个仓库的目录，而不接受标签或摘要</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <location line="+34"/>
        <source>warning: %n repository names outside the grammar were left out</source>
        <translation>
            <numerusform>警告：略过了 %n 个不符合语法的仓库名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>warning: %1: %n tags outside the grammar were left out</source>
        <translation>
            <numerusform>警告：%1：略过了 %n 个不符合语法的标签</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 rows, %2 of %3 repositories</source>
        <translation>已输出 %1 行，%3 个仓库中已完成 %2 个</translation>
    </message>
</context>
<context>
    <name>berth::RegistryListJob</name>
    <message>
        <location filename="../../src/api/RegistryListJob.cpp" line="+118"/>
        <source>a list larger than %1 MiB, the cap for one list</source>
        <translation>列表大于 %1 MiB，这是单个列表的上限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the registry&apos;s Link header (its link to the next page) could not be read</source>
        <translation>无法读取镜像仓库的 Link 头（指向下一页的链接）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the registry&apos;s link to the next page leads to another server; Berth does not send the profile&apos;s credentials there</source>
        <translation>镜像仓库指向下一页的链接通往另一台服务器；Berth 不会把账户配置的凭据发送到那里</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registry&apos;s link to the next page leads to another path (%1)</source>
        <translation>镜像仓库指向下一页的链接通往另一个路径（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the registry&apos;s link to the next page repeats an earlier page (last=%1)</source>
        <translation>镜像仓库指向下一页的链接重复了之前的某一页（last=%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list that did not end after %1 pages, the cap for one list</source>
        <translation>列表在 %1 页之后仍未结束，这是单个列表的上限</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The registry&apos;s list of repositories</source>
        <translation>镜像仓库的仓库列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s list of tags of %1</source>
        <translation>镜像仓库中 %1 的标签列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not JSON (%2 at byte %3)</source>
        <translation>%1 不是 JSON（%2，位于第 %3 字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a JSON object</source>
        <translation>%1 不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 names another repository</source>
        <translation>%1 指向另一个仓库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;%2&quot; array</source>
        <translation>%1 中没有 &quot;%2&quot; 数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of more than %1 items, the cap for one list</source>
        <translation>列表超过 %1 项，这是单个列表的上限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds an entry that is not a name</source>
        <translation>%1 中有一项不是名称</translation>
    </message>
</context>
<context>
    <name>berth::RegistrySessions</name>
    <message>
        <location filename="../../src/gui/RegistrySessions.cpp" line="+57"/>
        <source>The secret could not be read from the keyring.</source>
        <translation>无法从密钥环读取密钥。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 answers neither as Harbor nor as an OCI registry: %2</source>
        <translation>%1 既不像 Harbor 那样回应，也不像 OCI 镜像仓库那样回应：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CA file cannot be used: %1</source>
        <translation>CA 文件无法使用：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anonymous</source>
        <translation>匿名用户</translation>
    </message>
</context>
<context>
    <name>berth::RegistryToken</name>
    <message>
        <location filename="../../src/core/RegistryToken.cpp" line="+39"/>
        <source>The token service&apos;s answer is %1 bytes, too large to be a token.</source>
        <translation>令牌服务的回答有 %1 字节，太大了，不可能是令牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token service did not answer with a JSON object, so it gave no token.</source>
        <translation>令牌服务的回答不是 JSON 对象，因此没有给出令牌。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token service answered without a token.</source>
        <translation>令牌服务的回答中没有令牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token service sent a token with spaces or control characters, which cannot be sent back in a header.</source>
        <translation>令牌服务发来的令牌含有空格或控制字符，无法在请求头中回传。</translation>
    </message>
</context>
<context>
    <name>berth::RegistryTreeLoader</name>
    <message>
        <location filename="../../src/models/RegistryTreeLoader.cpp" line="+81"/>
        <source>referrers (tag %1)</source>
        <translation>引用者（标签 %1）</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>this registry does not list its repositories to this account: add the repositories to the account by hand</source>
        <translation>此镜像仓库不向该账户列出其仓库：请手动把仓库添加到账户中</translation>
    </message>
</context>
<context>
    <name>berth::RegistryTreeModel</name>
    <message>
        <location filename="../../src/models/NodeText.cpp" line="+22"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not kept by this registry</source>
        <translation>此镜像仓库不记录</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed</source>
        <translation>推送时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulled</source>
        <translation>拉取时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation>标签（Label）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerabilities</source>
        <translation>漏洞</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Immutable</source>
        <translation>不可变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags on digest</source>
        <translation>同一摘要上的标签</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> — credentials rejected</source>
        <translation> — 凭据被拒绝</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading… %1 of %2</source>
        <translation>正在加载… %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1 (Enter or double-click to retry)</source>
        <translation>失败：%1（按 Enter 或双击重试）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>public project</source>
        <translation>公开项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private project</source>
        <translation>私有项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Immutable: Harbor refuses to delete this tag (412)</source>
        <translation>不可变：Harbor 拒绝删除此标签（412）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n artifacts)</source>
        <translation>
            <numerusform>%1（%n 个制品）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1 · %2 (%3 fixable)</source>
        <translation>%1 · %2（%3 个可修复）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>immutable</source>
        <translation>不可变</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accessory</source>
        <translation>附属物</translation>
    </message>
    <message>
        <location filename="../../src/models/RegistryTreeModel.cpp" line="+185"/>
        <source>%1 — as of %2</source>
        <translation>%1 — 截至 %2</translation>
    </message>
    <message>
        <location filename="../../src/models/RegistryTreeModelRegistries.cpp" line="+140"/>
        <source>anonymous (public projects only)</source>
        <translation>匿名（仅公开项目）</translation>
    </message>
    <message>
        <location filename="../../src/models/StoredSizes.cpp" line="+71"/>
        <source>Stores %1: %2 its own, %3 shared with other repositories (storage analysis of %4)</source>
        <translation>占用 %1：其中独有 %2，与其他仓库共享 %3（%4 的存储分析）</translation>
    </message>
</context>
<context>
    <name>berth::RegistryUrl</name>
    <message>
        <location filename="../../src/core/RegistryUrl.cpp" line="+110"/>
        <source>Enter the registry address, for example harbor.example.com.</source>
        <translation>请输入镜像仓库地址，例如 harbor.example.com。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address contains spaces. Enter only the registry address, for example harbor.example.com.</source>
        <translation>地址中含有空格。请只输入镜像仓库地址，例如 harbor.example.com。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address contains control characters. Enter only the registry address, for example harbor.example.com.</source>
        <translation>地址中含有控制字符。请只输入镜像仓库地址，例如 harbor.example.com。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Berth talks to Harbor over https:// (or http:// for a local test registry); “%1://” is not supported.</source>
        <translation>Berth 通过 https://（本地测试镜像仓库也可用 http://）与 Harbor 通信；不支持“%1://”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>The port in “%1” must be a number between 1 and 65535.</source>
        <translation>“%1”中的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>“%1” is not a valid registry address.</source>
        <translation>“%1”不是有效的镜像仓库地址。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The address has no host name. Enter it like harbor.example.com.</source>
        <translation>地址中没有主机名。请按 harbor.example.com 的形式输入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link-local IPv6 addresses with a zone (%…) are not supported; use a host name or a global address.</source>
        <translation>不支持带区域标识（%…）的链路本地 IPv6 地址；请使用主机名或全局地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid host name.</source>
        <translation>“%1”不是有效的主机名。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user name or password in the address was removed. Berth keeps credentials in the account fields, never in the address.</source>
        <translation>已从地址中移除用户名或密码。Berth 只在账户字段中保存凭据，从不放在地址里。</translation>
    </message>
</context>
<context>
    <name>berth::RegistryWhoamiCommand</name>
    <message>
        <location filename="../../src/cli/RegistryWhoamiCommand.cpp" line="+92"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: plain OCI registry (%3)
</source>
        <translation>%1（%2）：普通 OCI 镜像仓库（%3）
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  catalog: %1
</source>
        <translation>  列出仓库（catalog）：%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  in %1: pull %2, delete %3, push not probed
</source>
        <translation>  在 %1 中：拉取：%2，删除：%3，推送：未探测
</translation>
    </message>
</context>
<context>
    <name>berth::RemoveCommand</name>
    <message>
        <location filename="../../src/cli/RemoveCommand.cpp" line="+26"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>not sent: another reference in this command is invalid</source>
        <translation>未发送：该命令中的另一个引用无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid reference %1: %2</source>
        <translation>无效的引用 %1：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../src/cli/RemoveRegistry.cpp" line="+104"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/cli/RemoveRegistry.cpp" line="+5"/>
        <source>warning: the action journal could not be written: %1</source>
        <translation>警告：无法写入操作日志：%1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>warning: what this frees after garbage collection is not known: %1</source>
        <translation>警告：无法得知此操作在垃圾回收后能释放多少空间：%1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>journal id: %1 (berthctl undo %1 puts it back)</source>
        <translation>日志 ID：%1（berthctl undo %1 可以恢复）</translation>
    </message>
    <message>
        <location filename="../../src/cli/RemoveRegistry.cpp" line="-58"/>
        <source>warning: %1: which tags are on %2 is not known: %3</source>
        <translation>警告：%1：无法得知 %2 上有哪些标签：%3</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>this registry deletes manifests only; to delete the manifest and every tag on it: berthctl rm %1@%2</source>
        <translation>此镜像仓库只能删除清单；要删除该清单及其上的所有标签：berthctl rm %1@%2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the registry refuses every delete (405): deletion is turned off</source>
        <translation>镜像仓库拒绝所有删除请求（405）：删除功能已关闭</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the tag is on %1; a registry that deletes manifests only will refuse to remove it alone (other tags on it: %2)</source>
        <translation>该标签位于 %1 上；只能删除清单的镜像仓库会拒绝单独移除它（清单上的其他标签：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+90"/>
        <source>no tag %1 in %2</source>
        <translation>%2 中没有标签 %1</translation>
    </message>
</context>
<context>
    <name>berth::RequestExplainer</name>
    <message>
        <location filename="../../src/diagnosis/RequestExplainer.cpp" line="+90"/>
        <source>The path is not under /api/: Harbor&apos;s REST API lives at /api/v2.0.</source>
        <translation>路径不在 /api/ 之下：Harbor 的 REST API 位于 /api/v2.0。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>GET /users/current as %1 (the name as typed) -&gt; %2</source>
        <translation>以 %1（按输入的名称）请求 GET /users/current -&gt; %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GET (your request) -&gt; %1</source>
        <translation>GET（你的请求）-&gt; %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not reach %1 to run the probes.</source>
        <translation>无法连接 %1 以运行探测。</translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/CauseWording.cpp" line="+6"/>
        <source>Harbor accepts these credentials for this request</source>
        <translation>Harbor 在这次请求中接受这些凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probes found nothing that would make this request fail now: the credentials are accepted%1.</source>
        <translation>探测没有发现任何会让这次请求现在失败的问题：凭据被接受%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and include %1</source>
        <translation>，并且包含 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it still fails, run it again and paste the response; an immutable tag gives 412, an artifact in an index 412 too.</source>
        <translation>如果仍然失败，请再运行一次并粘贴响应内容；不可变标签会返回 412，属于索引的制品也会返回 412。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berth sent nothing: this command is not safe to probe</source>
        <translation>Berth 没有发送任何内容：探测这条命令不安全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probes carry the command&apos;s credentials, so Berth sends them only to the one host the command names as its URL (%1), over https or to this machine. Here it asked no server at all:</source>
        <translation>探测会携带命令中的凭据，因此 Berth 只把它们发送给命令作为 URL 指定的那一个主机（%1），并且只通过 https 或发往本机。这次它没有询问任何服务器：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove or change what stops the probes (listed above) and explain the command again; Berth then asks %1 only, with GET requests.</source>
        <translation>请删除或修改阻止探测的内容（见上文），然后再次解释该命令；届时 Berth 只会用 GET 请求询问 %1。</translation>
    </message>
</context>
<context>
    <name>berth::RequestPolicy</name>
    <message>
        <location filename="../../src/api/RequestPolicy.cpp" line="+127"/>
        <source>refusing to send credentials over plain http to %1; use https, or allow plain http in the profile if you accept that the secret travels unencrypted</source>
        <translation>拒绝通过明文 http 向 %1 发送凭据；请使用 https，或者如果你接受密钥以未加密方式传输，可在账户配置中允许明文 http</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redirect from https to http (a downgrade)</source>
        <translation>从 https 重定向到 http（降级）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirect to another origin (%1)</source>
        <translation>重定向到另一个源（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a redirect</source>
        <translation>一次重定向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered %1 with %2 and no usable Location; Berth follows no redirect for a request that changes data</source>
        <translation>服务器对 %1 的回答是 %2，且没有可用的 Location；对于会修改数据的请求，Berth 不跟随任何重定向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered %1 with %2 to %3; Berth follows no redirect for a request that changes data, so nothing was sent there</source>
        <translation>服务器对 %1 的回答是 %2，指向 %3；对于会修改数据的请求，Berth 不跟随任何重定向，因此没有向那里发送任何内容</translation>
    </message>
</context>
<context>
    <name>berth::RobotExport</name>
    <message>
        <location filename="../../src/core/RobotExport.cpp" line="+86"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is larger than 1 MiB, so it is not a Harbor robot export.</source>
        <translation>文件大于 1 MiB，因此不是 Harbor 机器人账户导出文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON (%1 at byte %2), so it is not a Harbor robot export.</source>
        <translation>文件不是有效的 JSON（第 %2 字节处：%1），因此不是 Harbor 机器人账户导出文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file does not contain a robot name and secret. Export the robot again from Harbor right after creating it, or paste the secret by hand.</source>
        <translation>文件中没有机器人账户名和密钥。请在创建机器人账户后立即从 Harbor 重新导出，或手动粘贴密钥。</translation>
    </message>
</context>
<context>
    <name>berth::ServerKindField</name>
    <message>
        <location filename="../../src/gui/ServerKindField.cpp" line="+23"/>
        <location line="+15"/>
        <source>Harbor</source>
        <translation>Harbor</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Harbor %1</source>
        <translation>Harbor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>OCI registry</source>
        <translation>OCI 镜像仓库</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Server kind</source>
        <translation>服务器类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor or a plain OCI registry; Detect asks the server</source>
        <translation>Harbor 或普通 OCI 镜像仓库；“检测”会询问服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a registry that does not list its repositories to you: the ones to show, separated by spaces</source>
        <translation>用于不向你列出其仓库的镜像仓库：要显示的仓库，以空格分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if the registry does not list them: team/app library/nginx</source>
        <translation>仅当镜像仓库不列出仓库时填写：team/app library/nginx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;positories:</source>
        <translation>仓库(&amp;P)：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Repository %1: %2</source>
        <translation>仓库 %1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>asking the server…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not asked: %1</source>
        <translation>未询问：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not tell: %1</source>
        <translation>无法判断：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>found %1</source>
        <translation>检测到 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The registry accepts %1.</source>
        <translation>镜像仓库接受 %1 的凭据。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The registry answers anonymous requests.</source>
        <translation>镜像仓库回应匿名请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribution API: %1</source>
        <translation>Distribution API：%1</translation>
    </message>
</context>
<context>
    <name>berth::SnapshotController</name>
    <message>
        <location filename="../../src/gui/SnapshotController.cpp" line="+269"/>
        <source>%1 cannot be reached (%2). Showing the snapshot of %3, read-only; trying again in the background.</source>
        <translation>无法访问 %1（%2）。正在以只读方式显示 %3 的快照；后台会继续重试。</translation>
    </message>
</context>
<context>
    <name>berth::StorageController</name>
    <message numerus="yes">
        <location filename="../../src/gui/StorageController.cpp" line="+66"/>
        <source>(%n tags)</source>
        <translation>
            <numerusform>（%n 个标签）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untagged)</source>
        <translation>（未打标签）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Select a registry, project, folder or repository to see where its storage goes.</source>
        <translation>请选择一个镜像仓库、项目、文件夹或仓库，查看其存储空间的去向。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This registry is not connected.</source>
        <translation>此镜像仓库未连接。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Analysing the storage of %1…</source>
        <translation>正在分析 %1 的存储…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analyse again</source>
        <translation>重新分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The analysis of %1 was cancelled.</source>
        <translation>%1 的分析已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis of %1 failed: %2</source>
        <translation>%1 的分析失败：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Stored: %1 in %n manifests.</source>
        <translation>
            <numerusform>存储量：%1，共 %n 个清单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique to it: %1; shared with the rest of the registry: %2.</source>
        <translation>独占：%1；与镜像仓库其余部分共享：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed at %1.</source>
        <translation>分析于 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n referenced manifests are missing from the registry.</source>
        <translation>
            <numerusform>镜像仓库中缺少 %n 个被引用的清单。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since %1, rows were deleted or have gone from the registry: these figures are from before. Analyse again to update them.</source>
        <translation>自 %1 起有行被删除或已从镜像仓库中消失：这些数字是此前的。请重新分析以更新。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repositories and folders</source>
        <translation>仓库和文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Harbor&apos;s size</source>
        <translation>Harbor 报告的大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Harbor&apos;s quota</source>
        <translation>Harbor 配额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage of %1</source>
        <translation>%1 的存储</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exact, as far as the registry&apos;s API shows: this account sees every repository. Untagged manifests that no tag reaches are not listed by the API and not counted.</source>
        <translation>在镜像仓库 API 所能反映的范围内是精确的：该账户能看到所有仓库。任何标签都无法到达的未打标签清单不会被 API 列出，也不计入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact: this account sees the whole registry, so nothing it cannot see shares these blobs.</source>
        <translation>精确：该账户能看到整个镜像仓库，因此不存在它看不到的内容共享这些 blob。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most: this account does not see the whole registry; what it cannot see may share these blobs, and then deleting frees less.</source>
        <translation>最多：该账户看不到整个镜像仓库；它看不到的内容可能共享这些 blob，那样的话删除后释放的空间会更少。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problems in what the registry returned; the first: %1</source>
        <translation>
            <numerusform>镜像仓库返回的内容中有 %n 个问题；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Analyse the registry to see what deleting the selected images frees.</source>
        <translation>请先分析镜像仓库，以查看删除所选镜像能释放多少空间。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deleting the %n selected images (with every tag on them) frees %1 after garbage collection; %2 stays, shared with images you keep.</source>
        <translation>
            <numerusform>删除所选的 %n 个镜像（及其上的所有标签）后，垃圾回收将释放 %1；%2 会保留，因为它们与你保留的镜像共享。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>At most: this account does not see the whole registry.</source>
        <translation>最多：该账户看不到整个镜像仓库。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Storage analysis of %1 under way…</source>
        <translation>正在分析 %1 的存储…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage of %1 is not analysed yet.</source>
        <translation>尚未分析 %1 的存储。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Frees %1 after garbage collection; %2 stays, shared with images you keep.</source>
        <translation>垃圾回收后将释放 %1；%2 会保留，因为它们与你保留的镜像共享。</translation>
    </message>
    <message>
        <location filename="../../src/gui/StorageHarborFigures.cpp" line="+57"/>
        <source>Asking Harbor for its project quotas…</source>
        <translation>正在向 Harbor 询问项目配额…</translation>
    </message>
</context>
<context>
    <name>berth::StorageEstimate</name>
    <message>
        <location filename="../../src/cli/StorageEstimate.cpp" line="+35"/>
        <source>reading manifests: %1 of %2</source>
        <translation>正在读取清单：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>what this frees after garbage collection is not known: %n of the manifests it deletes could not be read</source>
        <translation>
            <numerusform>无法得知此操作在垃圾回收后能释放多少空间：要删除的清单中有 %n 个无法读取</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>frees %1 after garbage collection (%2 stays, shared with images you keep)</source>
        <translation>垃圾回收后释放 %1（%2 会保留，因为与你保留的镜像共享）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frees at most %1 after garbage collection (%2 stays, shared with images you keep)</source>
        <translation>垃圾回收后最多释放 %1（%2 会保留，因为与你保留的镜像共享）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exact as far as the registry&apos;s API shows: untagged manifests it does not list are not counted.</source>
        <translation>在镜像仓库 API 所能反映的范围内是精确的：它不列出的未打标签清单不计入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most: the scan did not see every repository (see the problems above), so a blob may be shared with one it did not see; untagged manifests the registry does not list are not counted either.</source>
        <translation>最多：扫描没有覆盖所有仓库（见上面的问题），因此某个 blob 可能与未扫描到的仓库共享；镜像仓库不列出的未打标签清单也不计入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact: this account sees the whole registry.</source>
        <translation>精确：该账户能看到整个镜像仓库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most: this account does not see the whole registry (only a system administrator does), so a blob counted as unique here may be shared with a project it cannot see.</source>
        <translation>最多：该账户看不到整个镜像仓库（只有系统管理员能看到），因此这里算作独占的 blob 可能与它看不到的项目共享。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry frees the storage only when its garbage collection runs (distribution: &apos;registry garbage-collect&apos;).</source>
        <translation>只有在运行垃圾回收后，镜像仓库才会释放存储空间（distribution：&apos;registry garbage-collect&apos;）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harbor frees the storage only when garbage collection runs, and its garbage collection skips blobs deleted in the last two hours: space deleted now comes back with a run at least two hours later.</source>
        <translation>只有在运行垃圾回收（GC）后，Harbor 才会释放存储空间，而且它的垃圾回收会跳过最近两小时内删除的 blob：现在删除所占的空间，要等至少两小时后的一次垃圾回收才会回来。</translation>
    </message>
</context>
<context>
    <name>berth::StoragePane</name>
    <message>
        <location filename="../../src/gui/StoragePane.cpp" line="+91"/>
        <location line="+25"/>
        <source>Largest images</source>
        <translation>最大的镜像</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reads every manifest of this registry to account for its storage</source>
        <translation>读取此镜像仓库的所有清单，以统计其存储占用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage by part</source>
        <translation>各部分的存储占用</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading manifests: %1 of %2 so far</source>
        <translation>正在读取清单：目前 %1 / %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique</source>
        <translation>独占</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the registry itself reports; where it differs from Stored, the cell&apos;s tooltip says why</source>
        <translation>仓库自身报告的数字；与“存储量”不同时，单元格的提示说明原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the stored bytes: unique dark, shared light</source>
        <translation>占存储字节数的比例：深色为独占，浅色为共享</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes nothing else references: what deleting it all frees</source>
        <translation>没有其他内容引用的字节：全部删除后能释放的空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes also referenced elsewhere: they stay</source>
        <translation>其他地方也引用的字节：删除后仍会保留</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>berth::TagCommand</name>
    <message>
        <location filename="../../src/cli/TagCommand.cpp" line="+18"/>
        <source>tag takes SRC and at least one NEWTAG: tag REPO:TAG NEWTAG...</source>
        <translation>tag 需要 SRC 和至少一个 NEWTAG：tag REPO:TAG NEWTAG...</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>tagged %1 (%2): %3
</source>
        <translation>已为 %1（%2）添加标签：%3
</translation>
    </message>
</context>
<context>
    <name>berth::UndoCommand</name>
    <message>
        <location filename="../../src/cli/UndoCommand.cpp" line="+35"/>
        <source>undo takes one JOURNAL-ID (see berthctl history), or --last</source>
        <translation>undo 需要一个 JOURNAL-ID（见 berthctl history），或 --last</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing to undo: no batch in the journal can be undone (berthctl history)</source>
        <translation>没有可撤销的内容：日志中没有能撤销的批次（berthctl history）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no journal id %1 in the journal (berthctl history)</source>
        <translation>日志中没有 ID 为 %1 的记录（berthctl history）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is undone already</source>
        <translation>%1 已经撤销过了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can no longer be undone: %2</source>
        <translation>%1 已无法撤销：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was made on %2, but these credentials are for %3: give that registry&apos;s --url or --profile</source>
        <translation>%1 是在 %2 上执行的，但这些凭据属于 %3：请给出那个镜像仓库的 --url 或 --profile</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>warning: the action journal could not be written: %1</source>
        <translation>警告：无法写入操作日志：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot undo %1: %2</source>
        <translation>无法撤销 %1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing was changed; berthctl undo --force moves the tag back</source>
        <translation>未做任何更改；berthctl undo --force 会把标签移回来</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undo needs %1; nothing more was sent after the first refusal</source>
        <translation>撤销需要 %1；第一次被拒绝后未再发送任何请求</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accessory tags: %1</source>
        <translation>附属物标签：%1</translation>
    </message>
</context>
<context>
    <name>berth::UndoController</name>
    <message>
        <location filename="../../src/gui/UndoController.cpp" line="+46"/>
        <location line="+99"/>
        <location line="+111"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>Undo delete of %n tags</source>
        <translation>
            <numerusform>撤销删除 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo delete of %n artifacts</source>
        <translation>
            <numerusform>撤销删除 %n 个制品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo delete of %n items</source>
        <translation>
            <numerusform>撤销删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here can be undone.</source>
        <translation>这里没有可以撤销的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>An undo is still running.</source>
        <translation>有一个撤销操作仍在进行。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is not open in this window: open it to undo its deletes.</source>
        <translation>%1 未在此窗口中打开：请打开它以撤销其中的删除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to undo: no delete on a registry open in this window can be undone.</source>
        <translation>没有可撤销的内容：此窗口中打开的镜像仓库上没有可以撤销的删除。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undoing: %1…</source>
        <translation>正在撤销：%1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Undo finished: %n deletes put back.</source>
        <translation>
            <numerusform>撤销完成：已恢复 %n 个删除。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Undo refused</source>
        <translation>撤销被拒绝</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This can no longer be undone: %1</source>
        <translation>此操作已无法撤销：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo needs %1; nothing more was sent after the first refusal.</source>
        <translation>撤销需要 %1；第一次被拒绝后未再发送任何请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The action journal could not be written: %1</source>
        <translation>无法写入操作日志：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The tag %1 now names %2. Move it back to %3?</source>
        <translation>标签 %1 现在指向 %2。要把它移回 %3 吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been changed yet.</source>
        <translation>目前尚未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo cancelled; nothing was changed.</source>
        <translation>撤销已取消；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>berth::UndoRecorder</name>
    <message>
        <location filename="../../src/operations/UndoRecorder.cpp" line="+72"/>
        <source>a repository delete cannot be undone: Berth does not keep every manifest of a repository before it goes</source>
        <translation>删除仓库的操作无法撤销：Berth 不会在仓库删除前保存其中的每个清单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its digest is not known</source>
        <translation>其摘要未知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its manifest could not be kept: %1</source>
        <translation>无法保存其清单：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the artifact could not be read before the delete: %1</source>
        <translation>删除前无法读取该制品：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+50"/>
        <location line="+56"/>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the tag could not be read before the delete: %1</source>
        <translation>删除前无法读取该标签：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the registry did not name the tag&apos;s digest</source>
        <translation>镜像仓库没有给出该标签的摘要</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>indexes nested deeper than %1</source>
        <translation>索引嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>child %1: %2</source>
        <translation>子项 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has more than %1 accessories</source>
        <translation>它有超过 %1 个附属物</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>its accessory %1 could not be read before the delete: %2</source>
        <translation>删除前无法读取它的附属物 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its accessory %1 could not be kept: %2</source>
        <translation>无法保留它的附属物 %1：%2</translation>
    </message>
</context>
<context>
    <name>berth::UndoRun</name>
    <message>
        <location filename="../../src/operations/UndoRun.cpp" line="+104"/>
        <source>indexes nested deeper than %1</source>
        <translation>索引嵌套超过 %1 层</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest %1 is no longer in Berth&apos;s cache</source>
        <translation>清单 %1 已不在 Berth 的缓存中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cached manifest %1 cannot be read: %2</source>
        <translation>无法读取缓存的清单 %1：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the journal does not name its digest</source>
        <translation>日志中没有记录其摘要</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an accessory deleted with it: %1</source>
        <translation>随它一起删除的附属物：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>another entry of the batch cannot be undone</source>
        <translation>该批次中的另一项无法撤销</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>a check before the undo failed: %1</source>
        <translation>撤销前的检查失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>garbage collection removed blobs it needs: %1</source>
        <translation>垃圾回收已删除它所需的 blob：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tag %1 in %2 now names %3</source>
        <translation>%2 中的标签 %1 现在指向 %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not sent: the registry refused the first write</source>
        <translation>未发送：镜像仓库拒绝了第一次写入</translation>
    </message>
</context>
<context>
    <name>berth::WhoamiCommand</name>
    <message>
        <location filename="../../src/cli/WhoamiCommand.cpp" line="+68"/>
        <source>anonymous</source>
        <translation>匿名用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor %1, auth mode %2
</source>
        <translation>Harbor %1，认证模式 %2
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permissions</source>
        <translation>无权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read (anonymous)</source>
        <translation>只读（匿名）</translation>
    </message>
</context>
<context>
    <name>berthctl</name>
    <message>
        <location filename="../../src/cli/CliOptions.cpp" line="+99"/>
        <source>--server takes harbor or registry</source>
        <translation>--server 只接受 harbor 或 registry</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--limit takes a number of at least 1</source>
        <translation>--limit 需要一个不小于 1 的数字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--keep-last takes a number of at least 1</source>
        <translation>--keep-last 需要一个至少为 1 的数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z</source>
        <translation>--now 需要一个 RFC 3339 时间，例如 2026-11-01T00:00:00Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation>--concurrency 需要一个 1 到 64 之间的数字</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation>--timeout 需要一个 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no command given</source>
        <translation>未指定命令</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-stdin and --from-file - both want standard input</source>
        <translation>--password-stdin 与 --from-file - 都要读取标准输入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-stdin needs --user</source>
        <translation>--password-stdin 需要与 --user 一起使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--user needs --url (or a --profile)</source>
        <translation>--user 需要与 --url（或 --profile）一起使用</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="+61"/>
        <source>rm --plan FILE takes no REF and no --from-file</source>
        <translation>rm --plan FILE 不接受 REF，也不接受 --from-file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rm needs at least one REF, or --from-file, or --plan</source>
        <translation>rm 至少需要一个 REF，或 --from-file，或 --plan</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>--plan FILE belongs to rm</source>
        <translation>--plan FILE 只能用于 rm</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>plan takes one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/), or --all</source>
        <translation>plan 只接受一个范围（PROJECT、PROJECT/REPO、PROJECT/FOLDER/），或 --all</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a plain OCI registry records no push or pull times: --older-than, --pulled-before and --keep-pulled-within need Harbor</source>
        <translation>普通 OCI 镜像仓库不记录推送或拉取时间：--older-than、--pulled-before 和 --keep-pulled-within 需要 Harbor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a plain OCI registry does not list untagged manifests: --untagged needs Harbor</source>
        <translation>普通 OCI 镜像仓库不列出未打标签的清单：--untagged 需要 Harbor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--json and --csv exclude each other</source>
        <translation>--json 和 --csv 不能同时使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--execute reports as text or --json, not --csv</source>
        <translation>--execute 的报告只能是文本或 --json，不能是 --csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan needs at least one rule (--match, --older-than, --pulled-before, --untagged, --keep-last, ...)</source>
        <translation>plan 至少需要一条规则（--match、--older-than、--pulled-before、--untagged、--keep-last 等）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login --import takes REGISTRY names, not --url, --user or --password-stdin</source>
        <translation>login --import 接受 REGISTRY 名称，不接受 --url、--user 或 --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REGISTRY names and --yes belong to login --import</source>
        <translation>REGISTRY 名称和 --yes 只能用于 login --import</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--execute belongs to plan</source>
        <translation>--execute 只能用于 plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--tags belongs to cp</source>
        <translation>--tags 只能用于 cp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to-url belongs to cp</source>
        <translation>--to-url 只能用于 cp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to-user belongs to cp</source>
        <translation>--to-user 只能用于 cp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to-profile belongs to cp</source>
        <translation>--to-profile 只能用于 cp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--no-referrers belongs to cp</source>
        <translation>--no-referrers 只能用于 cp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--last belongs to undo</source>
        <translation>--last 只能用于 undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--force belongs to undo</source>
        <translation>--force 只能用于 undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit belongs to history</source>
        <translation>--limit 只能用于 history</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: berthctl [OPTIONS] COMMAND [ARGS]

  -u, --url URL           registry URL; without a scheme, https://
  --user NAME             username (robot$project+name, robot$name, or a user)
  --password-stdin        read the secret from the first line of stdin
  -p, --profile NAME      use a saved profile (with one profile saved, it is the default)
  --server harbor|registry   what --url is: Harbor, or a plain OCI registry (/v2/ only);
                          without it berthctl asks the server (login saves the answer)
  --ca-file FILE          extra CA certificate(s), PEM
  --json                  machine-readable output
  --concurrency N         parallel requests (default 6 for listing, 4 for deleting)
  --timeout SECONDS       per request (default 30)
  -v, --verbose           what is sent and received (never the secret)

  whoami                  who Harbor thinks you are, and what you may do in each project;
                          on a plain registry: the user, and whether catalog, pull and delete are granted
  ls                      projects
  ls PROJECT              repositories of a project
  ls PROJECT/REPO         one row per tag; untagged artifacts as @sha256:... rows
  ls --all [PROJECT]      every tag of every repository visible to you
      --children, --accessories   also list index children and accessories
  On a plain OCI registry (no projects): ls lists repositories (/v2/_catalog), ls REPO its
  tags, ls --all [PREFIX] every tag; --json rows have project, push_time and pull_time null
      --digests           also each tag&apos;s digest and size (one HEAD request per tag)
  rm REF...               PROJECT/REPO:TAG removes one tag; PROJECT/REPO@sha256:... deletes the artifact
                          plain registry: REPO:TAG tries a tag delete, never falls back to the
                          digest; REPO@sha256:... deletes the manifest and every tag on it
  rm --from-file FILE     one REF per line (&apos;-&apos; reads stdin)
  rm --dry-run REF...     what would go, checked against the server, and what it frees after
                          garbage collection, each blob on the first REF that frees it (reads
                          every manifest the account can see, cached); changes nothing
  rm --plan FILE          run a saved plan (plan --json): each item is checked again first
  inspect REF             what REF (PROJECT/REPO:TAG or PROJECT/REPO@sha256:...) is: its manifest,
                          platforms, config, layers and referrers, read from the registry (/v2/)
      --platform OS/ARCH[/VARIANT]   of an index, inspect the image for this platform
      --raw               print the manifest exactly as the registry sent it
  plan [RULES] SCOPE      a cleanup plan: every tag (and untagged artifact) in SCOPE, marked
                          remove or keep with the rule that decided; changes nothing
      SCOPE               PROJECT, PROJECT/REPO, PROJECT/FOLDER/, or --all (or &apos;*&apos;)
      --match REGEX       select tags whose whole name matches (--match-glob GLOB: a glob)
      --older-than 30d    select what was pushed more than 30 days ago (s, m, h, d, w)
      --pulled-before 90d select what was last pulled more than 90 days ago, or never
      --untagged          select untagged artifacts only
      --media-type T, --artifact-type T   select by media type / artifact type (IMAGE, CHART)
      --keep-last N       keep the N newest tags per repository (by push time; ties: name)
      --keep REGEX        keep tags whose whole name matches
      --keep-pulled-within 7d   keep anything pulled within 7 days
      --json | --csv      the plan as one JSON object / as CSV
                          (text and --json also say what the plan frees after garbage collection:
                          freed_after_gc, shared_kept, freed_exact)
      --now TIME          evaluate ages as of an RFC 3339 time instead of the clock
      --execute [--yes]   carry the plan out; asks first unless --yes (no terminal: needs --yes)
                          Immutable tags are always kept. Removing every tag of an artifact
                          leaves it untagged (listed); --untagged plans delete such artifacts.
      On a plain OCI registry: SCOPE is REPO or a folder of repositories; --keep-last orders by
      the image config&apos;s created (manifest GETs: on Docker Hub they count as pulls); a tag goes
      only with its manifest, when every tag on it goes; --older-than, --pulled-before,
      --keep-pulled-within and --untagged need Harbor
  du [SCOPE]              where the space goes: stored, unique and shared bytes of distinct blobs
                          (layers, configs, manifests) per project, or per repository in SCOPE
                          (PROJECT, PROJECT/REPO, PROJECT/FOLDER/; plain registry: REPO, FOLDER/),
                          sorted by unique bytes; reads every manifest the account can see
                          (cached: a second run reads only what changed); exact only when the
                          account sees the whole registry, else &quot;at most&quot;
  tag SRC NEWTAG...       add tags to the artifact SRC names (REPO:TAG or REPO@sha256:..., with
                          PROJECT/ on Harbor): Harbor&apos;s tags API (tag:create); a plain registry
                          gets the manifest&apos;s exact bytes under each new tag;
                          a tag on another digest is never moved (tag_exists, exit 6)
  cp SRC DEST             copy an artifact (an index with its children) to DEST: REPO, or
                          REPO:TAG for exactly that tag; blobs the target has are skipped, so
                          running it again resumes; nothing is written when a chosen tag is on
                          another digest at the target (tag_exists, exit 6); then what refers
                          to it: OCI referrers (and the target&apos;s sha256-&lt;hex&gt; index where it
                          has no referrers API) and cosign&apos;s sha256-&lt;hex&gt;.sig/.att/.sbom tags
                          (one on another digest at the target is kept: a warning)
      --tags same|none|NAME,...   the tags DEST REPO gets (default same: SRC&apos;s tag)
      --to-url URL | --to-profile NAME   DEST is on another registry (streamed through berthctl)
      --to-user NAME      the target&apos;s user; with --password-stdin its secret is the next line
                          of stdin (the second when --user also reads one)
      --no-referrers      not the signatures, SBOMs and other artifacts that refer to SRC
  undo JOURNAL-ID | --last [--force]
                          put back what one rm or plan --execute deleted (its journal id; --last:
                          the newest batch not yet undone, on any registry): the same digests,
                          then their tags; with the journal&apos;s profile, or --url/--profile of the
                          same registry. Refused, with nothing changed, once garbage collection
                          took a blob (undo_blobs_collected, exit 6) or a tag names another
                          digest now (tag_exists, exit 6; --force moves it)
  history [--limit N]     the journal&apos;s deletes by journal id, newest first: undoable (until
                          when), undone, or no longer undoable and why
  login --url URL --user NAME --password-stdin [--profile NAME]
                          save a profile and its secret in the keychain
  login --import [--yes] [REGISTRY...]
                          list the logins docker and podman keep (never secrets); save those
                          named (host[:port]), or every one with --yes, as plain-registry profiles
  logout [--profile NAME] remove a profile and its secret
  profiles                list saved profiles (never secrets)
  explain -               explain why a curl command (read from stdin) failed, without
                          sending it; explain -- &apos;curl ...&apos; also works, but puts the secret
                          in argv, where other local users can read it

Exit codes: 0 ok, 1 other failure, 2 usage, 3 not authenticated, 4 forbidden, 5 not found,
6 precondition failed (also: an item changed since the plan), 7 network/timeout/TLS,
8 credentials unavailable.
</source>
        <translation>用法：berthctl [选项] 命令 [参数]

  -u, --url URL           镜像仓库 URL；不带协议时使用 https://
  --user NAME             用户名（robot$project+name、robot$name 或普通用户）
  --password-stdin        从标准输入的第一行读取密钥
  -p, --profile NAME      使用已保存的账户配置（只保存了一个时默认使用它）
  --server harbor|registry   --url 指向什么：Harbor，或普通 OCI 镜像仓库（只有 /v2/）；
                          不指定时 berthctl 会询问服务器（login 会保存结果）
  --ca-file FILE          额外的 CA 证书，PEM 格式
  --json                  机器可读的输出
  --concurrency N         并行请求数（列出时默认 6，删除时默认 4）
  --timeout SECONDS       每个请求的超时（默认 30）
  -v, --verbose           显示发送和收到的内容（绝不显示密钥）

  whoami                  Harbor 认为你是谁，以及你在每个项目中能做什么；
                          在普通镜像仓库上：当前用户，以及是否获准列出仓库（catalog）、拉取和删除
  ls                      列出项目
  ls PROJECT              列出项目中的仓库
  ls PROJECT/REPO         每个标签一行；未打标签的制品显示为 @sha256:... 行
  ls --all [PROJECT]      列出你能看到的所有仓库中的所有标签
      --children, --accessories   同时列出索引子项和附属物
  在普通 OCI 镜像仓库上（没有项目）：ls 列出仓库（/v2/_catalog），ls REPO 列出它的标签，
  ls --all [PREFIX] 列出所有标签；--json 输出的各行中 project、push_time 和 pull_time 为 null
      --digests           同时显示每个标签的摘要和大小（每个标签一次 HEAD 请求）
  rm REF...               PROJECT/REPO:TAG 移除一个标签；PROJECT/REPO@sha256:... 删除该制品
                          普通镜像仓库：REPO:TAG 尝试删除标签，绝不退而按摘要删除；
                          REPO@sha256:... 删除清单及其上的所有标签
  rm --from-file FILE     每行一个 REF（&apos;-&apos; 表示从标准输入读取）
  rm --dry-run REF...     对照服务器检查哪些内容会被删除，以及垃圾回收后能释放多少空间（每个
                          blob 计入第一个释放它的 REF；会读取该账户能看到的所有清单，有缓存）；
                          不做任何修改
  rm --plan FILE          执行已保存的计划（plan --json）：每一项都会先重新检查
  inspect REF             查看 REF（PROJECT/REPO:TAG 或 PROJECT/REPO@sha256:...）：从镜像仓库（/v2/）
                          读取它的清单、平台、配置、层和引用者
      --platform OS/ARCH[/VARIANT]   对于索引，查看该平台的镜像
      --raw               按镜像仓库发来的原样输出清单
  plan [RULES] SCOPE      清理计划：SCOPE 中的每个标签（及未打标签的制品）都会被标记为
                          移除或保留，并注明做出决定的规则；不做任何修改
      SCOPE               PROJECT、PROJECT/REPO、PROJECT/FOLDER/，或 --all（或 &apos;*&apos;）
      --match REGEX       选择完整名称匹配的标签（--match-glob GLOB：使用通配符）
      --older-than 30d    选择推送超过 30 天的内容（s、m、h、d、w）
      --pulled-before 90d 选择最后拉取超过 90 天或从未拉取的内容
      --untagged          只选择未打标签的制品
      --media-type T, --artifact-type T   按媒体类型 / 制品类型选择（IMAGE、CHART）
      --keep-last N       每个仓库保留最新的 N 个标签（按推送时间；相同时按名称）
      --keep REGEX        保留完整名称匹配的标签
      --keep-pulled-within 7d   保留 7 天内拉取过的任何内容
      --json | --csv      以一个 JSON 对象 / CSV 输出计划
                          （文本输出和 --json 还会给出计划在垃圾回收后能释放的空间：
                          freed_after_gc、shared_kept、freed_exact）
      --now TIME          以 RFC 3339 时间而不是当前时钟计算时长
      --execute [--yes]   执行计划；除非指定 --yes，否则先询问（没有终端时必须加 --yes）
                          不可变标签总是保留。移除制品的所有标签后，该制品会成为
                          未打标签的制品（仍会列出）；--untagged 计划会删除这类制品。
      在普通 OCI 镜像仓库上：SCOPE 是 REPO 或包含多个仓库的目录；--keep-last 按镜像配置中的
      created 排序（需要 GET 清单：在 Docker Hub 上这算作拉取）；只有当清单上的所有标签都
      被移除时，标签才会随清单一起删除；--older-than、--pulled-before、
      --keep-pulled-within 和 --untagged 需要 Harbor
  du [SCOPE]              空间去向：按项目（或按 SCOPE 中的仓库）统计不同 blob（层、配置、清单）的
                          存储量、独占字节数和共享字节数（PROJECT、PROJECT/REPO、PROJECT/FOLDER/；
                          普通镜像仓库：REPO、FOLDER/），按独占字节数排序；读取该账户能看到的
                          所有清单（有缓存：再次运行只读取有变化的内容）；只有当该账户能看到
                          整个镜像仓库时才是精确值，否则是上限（“最多”）
  tag SRC NEWTAG...       为 SRC 指向的制品（REPO:TAG 或 REPO@sha256:...，在 Harbor 上带 PROJECT/）
                          添加标签：Harbor 上使用其标签 API（tag:create）；普通镜像仓库上，每个
                          新标签下都是其清单原样的字节；已位于其他摘要上的标签绝不会被移动
                          （tag_exists，退出码 6）
  cp SRC DEST             把制品（索引连同其子项）复制到 DEST：REPO，或 REPO:TAG（只用这一个
                          标签）；目标已有的 blob 会跳过，因此再次运行即可继续；如果所选标签在
                          目标处位于其他摘要上，则不写入任何内容（tag_exists，退出码 6）；然后
                          复制引用它的内容：OCI 引用者（目标没有引用者 API 时，还有目标的
                          sha256-&lt;hex&gt; 索引）以及 cosign 的 sha256-&lt;hex&gt;.sig/.att/.sbom 标签
                          （目标处已在其他摘要上的此类标签会保留：给出警告）
      --tags same|none|NAME,...   DEST 为 REPO 时它得到的标签（默认 same：与 SRC 的标签相同）
      --to-url URL | --to-profile NAME   DEST 位于另一个镜像仓库上（数据经由 berthctl 中转）
      --to-user NAME      目标镜像仓库的用户；配合 --password-stdin 时，其密钥是标准输入中的
                          下一行（如果 --user 也读取了一行，则为第二行）
      --no-referrers      不复制引用 SRC 的签名、SBOM 及其他制品
  undo JOURNAL-ID | --last [--force]
                          恢复某一次 rm 或 plan --execute 删除的内容（按其日志 ID；--last：任意
                          镜像仓库上最新的尚未撤销的批次）：先恢复相同的摘要，再恢复其标签；
                          使用日志中记录的配置，或同一镜像仓库的 --url/--profile。一旦垃圾回收
                          删除了某个 blob（undo_blobs_collected，退出码 6），或某个标签现在指向
                          其他摘要（tag_exists，退出码 6；--force 会把它移回），就拒绝执行且
                          不做任何更改
  history [--limit N]     按日志 ID 列出日志中的删除，最新的在前：可撤销（截至何时）、已撤销，
                          或已无法撤销及其原因
  login --url URL --user NAME --password-stdin [--profile NAME]
                          保存账户配置，并把密钥存入钥匙串
  login --import [--yes] [REGISTRY...]
                          列出 docker 和 podman 保存的登录信息（绝不显示密钥）；把按 host[:port]
                          指定的登录信息（加 --yes 时为全部）保存为普通镜像仓库的账户配置
  logout [--profile NAME] 移除账户配置及其密钥
  profiles                列出已保存的账户配置（绝不显示密钥）
  explain -               解释 curl 命令（从标准输入读取）失败的原因，而不发送它；
                          也可以用 explain -- &apos;curl ...&apos;，但这会把密钥放进 argv，
                          本机其他用户可以读到

退出码：0 成功，1 其他失败，2 用法错误，3 未认证，4 禁止访问，5 未找到，
6 前置条件不满足（也包括：计划生成后某项已发生变化），7 网络/超时/TLS 错误，
8 凭据不可用。
</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>ls takes at most one PROJECT or PROJECT/REPO</source>
        <translation>ls 最多接受一个 PROJECT 或 PROJECT/REPO</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>login needs --url, --user and --password-stdin</source>
        <translation>login 需要 --url、--user 和 --password-stdin</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliOptions.cpp" line="+22"/>
        <source>--match and --match-glob exclude each other</source>
        <translation>--match 和 --match-glob 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../src/cli/InspectCommand.cpp" line="-162"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referrers (%1)</source>
        <translation>引用者（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Artifact type</source>
        <translation>制品类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS/architecture</source>
        <translation>操作系统/架构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrypoint</source>
        <translation>入口点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cmd</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Env</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working dir</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed ports</source>
        <translation>暴露的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation>标签（Label）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers (%1, %2)</source>
        <translation>层（%1 个，%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manifests (%1)</source>
        <translation>清单（%1）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>inspect takes one REF (PROJECT/REPO:TAG or PROJECT/REPO@sha256:...)</source>
        <translation>inspect 只接受一个 REF（PROJECT/REPO:TAG 或 PROJECT/REPO@sha256:...）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--raw and --json exclude each other</source>
        <translation>--raw 和 --json 不能同时使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--platform takes OS/ARCH[/VARIANT], e.g. linux/arm64/v8</source>
        <translation>--platform 的格式为 OS/ARCH[/VARIANT]，例如 linux/arm64/v8</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>invalid reference %1: %2</source>
        <translation>无效的引用 %1：%2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Image for %1</source>
        <translation>%1 的镜像</translation>
    </message>
</context>
</TS>
