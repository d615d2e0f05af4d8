<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="149" />
        <source>Account and settings</source>
        <translation>帳戶及設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="151" />
        <source>Signed in</source>
        <translation>已登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="152" />
        <location filename="../../desktop/views/pages/account.py" line="153" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="154" />
        <location filename="../../desktop/views/pages/account.py" line="155" />
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="156" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="157" />
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="158" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="159" />
        <source>High-contrast colours</source>
        <translation>高對比色彩</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="167" />
        <source>%1 (username %2)</source>
        <translation>%1（用戶名稱 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="175" />
        <source>Your data is kept in %1; your sign-in is kept in memory only, until the app closes.</source>
        <translation>您的資料保存在 %1；登入資料只保存在記憶體中，直至關閉應用程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="181" />
        <source>This is your own computer. Your data is kept in %1 and your sign-in in the system's secure password store.</source>
        <translation>這是您自己的電腦。您的資料保存在 %1，登入資料保存在系統的安全密碼庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="187" />
        <source>Assisted-service computer: everything of this session is erased when you sign out.</source>
        <translation>輔助服務電腦：登出時會清除本次使用的所有資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="192" />
        <source>Public kiosk: everything of this session is erased when you sign out or leave the kiosk unused.</source>
        <translation>公共自助服務機：登出或閒置時會清除本次使用的所有資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="197" />
        <source>Server: demo server on this computer, with demo data</source>
        <translation>伺服器：本電腦上的示範伺服器（示範資料）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="199" />
        <source>Server: %1</source>
        <translation>伺服器：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="202" />
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="204" />
        <source>Not synced yet in this session</source>
        <translation>本次使用尚未同步</translation>
    </message>
</context>
<context>
    <name>AddressError</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="216" />
        <source>Choose the district.</source>
        <translation>請選擇地區。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="217" />
        <source>Enter the street, in Chinese or Portuguese (or both).</source>
        <translation>請填寫街道，中文或葡文（或兩者）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="220" />
        <source>Enter the child's name.</source>
        <translation>請填寫子女的姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="222" />
        <source>This is needed.</source>
        <translation>此項必須填寫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="224" />
        <source>At most %1 children in one request.</source>
        <translation>每次申請最多 %1 名子女。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="228" />
        <source>Too long: at most %1 characters.</source>
        <translation>太長：最多 %1 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="229" />
        <source>Remove line breaks, tabs and other control characters.</source>
        <translation>請刪除換行、定位字元及其他控制字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="232" />
        <source>Enter a door number or a building name (or both).</source>
        <translation>請填寫門牌號碼或大廈名稱（或兩者）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="235" />
        <source>Choose one of the districts in the list.</source>
        <translation>請從清單中選擇地區。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="238" />
        <source>Choose at least one department.</source>
        <translation>請最少選擇一個部門。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="239" />
        <source>At most %1 departments.</source>
        <translation>最多 %1 個部門。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="240" />
        <source>A department is chosen twice.</source>
        <translation>有部門重複選擇。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="241" />
        <source>A chosen department does not take part in the address service.</source>
        <translation>所選部門不提供地址登記服務。</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="53" />
        <source>&amp;District</source>
        <extracomment>The form's text fields (the names of :class:`AddressInput`) and how long each may be.</extracomment>
        <translation>地區(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="54" />
        <source>&amp;Street (Chinese)</source>
        <translation>街道（中文）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="55" />
        <source>Street (&amp;Portuguese)</source>
        <translation>街道（葡文）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="56" />
        <source>Door &amp;number</source>
        <translation>門牌號碼(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="57" />
        <source>&amp;Building (Chinese)</source>
        <translation>大廈（中文）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="58" />
        <source>Building (Portu&amp;guese)</source>
        <translation>大廈（葡文）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="59" />
        <source>&amp;Floor</source>
        <translation>樓層(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="60" />
        <source>F&amp;lat</source>
        <translation>單位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="137" />
        <source>e.g. 高士德大馬路</source>
        <translation>例如：高士德大馬路</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="138" />
        <source>e.g. Avenida de Horta e Costa</source>
        <translation>例如：Avenida de Horta e Costa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="142" />
        <source>Choose the district…</source>
        <translation>請選擇地區…</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="184" />
        <source>Correspondence address</source>
        <extracomment>The request on the review screen (what "Send" queues).</extracomment>
        <translation>通訊地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="185" />
        <source>Registered address</source>
        <translation>已登記的通訊地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="186" />
        <source>Send again to the departments that failed…</source>
        <translation>向未能更新的部門重新提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="188" />
        <source>Progress of the latest request</source>
        <translation>最新申請的進度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="188" />
        <source>Address held by each department</source>
        <translation>各部門所存的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="189" />
        <source>History of requests</source>
        <translation>申請紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="193" />
        <source>Address details</source>
        <translation>地址詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="194" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="194" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="195" />
        <source>Updated</source>
        <translation>更新時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="195" />
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="196" />
        <source>Address held</source>
        <translation>所存地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="196" />
        <source>Since</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="197" />
        <source>Sent</source>
        <translation>提交時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="197" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="200" />
        <source>Write the address as it is written in Macao: in Chinese, in Portuguese or in both. Choose the departments to tell; each takes a few working days. Fields marked in red must be corrected before the request can be sent.</source>
        <translation>請按澳門的寫法填寫地址：中文、葡文或兩者皆可。選擇要通知的部門；每個部門需時數個工作日。以紅色標示的欄位須先更正，才能提交申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="205" />
        <source>New correspondence address</source>
        <translation>新通訊地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="206" />
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="207" />
        <source>Minor children (optional)</source>
        <translation>未成年子女（可選）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="208" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="209" />
        <source>&amp;Review…</source>
        <translation>檢查申請…(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="210" />
        <source>&amp;Back to the form</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="211" />
        <source>&amp;Send the request</source>
        <translation>提交申請(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="212" />
        <source>Everything that will be sent</source>
        <translation>將會提交的全部資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="247" />
        <source>&amp;Change the address or the departments…</source>
        <translation>更改地址或部門…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="249" />
        <source>&amp;Register an address…</source>
        <translation>登記通訊地址…(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="260" />
        <source>Your request: %1. It is sent as soon as there is a connection.</source>
        <translation>您的申請：%1。一有網絡連線即會發送。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="263" />
        <source>Your request of %1 is being processed by the departments. You can send another change when they have answered.</source>
        <translation>您於 %1 提交的申請正由各部門處理。待各部門回覆後，您可再提交更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="270" />
        <source>No correspondence address is registered yet.</source>
        <translation>尚未登記通訊地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="278" />
        <source>Child: %1, %2</source>
        <translation>子女：%1，%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="278" />
        <source>at this address</source>
        <translation>同住此地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="282" />
        <source>Held by %1 of %2 departments.</source>
        <translation>%2 個部門中有 %1 個已存此地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="297" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="307" />
        <source>No request sent yet.</source>
        <translation>尚未提交任何申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="309" />
        <source>Change of address</source>
        <translation>更改地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="309" />
        <source>Registration</source>
        <translation>登記地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="311" />
        <source>%1 sent %2 — %3</source>
        <translation>%1（%2 提交）— %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="332" />
        <source>No address registered</source>
        <translation>未有登記地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="334" />
        <source>Current address</source>
        <translation>現時地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="336" />
        <source>Earlier address: %1</source>
        <translation>舊地址：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="404" />
        <source>Child %1: %2</source>
        <translation>第 %1 名子女：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/address.py" line="411" />
        <source>%n field(s) must be corrected before sending.</source>
        <translation>
            <numerusform>有 %n 個欄位須更正才能提交。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="445" />
        <source>The request could not be saved. Try again.</source>
        <translation>未能儲存申請，請再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="446" />
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="451" />
        <source>A request about your address is already saved or being processed. It will not be sent twice; you can send another change when the departments have answered it.</source>
        <translation>已有一項地址申請已儲存或正在處理，不會重複發送；待各部門回覆後，您可再提交更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="454" />
        <source>Already on its way</source>
        <translation>已在處理中</translation>
    </message>
</context>
<context>
    <name>AddressState</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="251" />
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="252" />
        <source>Processing</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="253" />
        <source>Done</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="254" />
        <source>Failed</source>
        <translation>未能更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="256" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="262" />
        <source>In progress: %1 of %2 departments finished</source>
        <translation>處理中：%2 個部門中已有 %1 個完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="264" />
        <source>Done: all %2 departments took the address</source>
        <translation>已完成：全部 %2 個部門已更新地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="266" />
        <source>Not taken: every department failed</source>
        <translation>未能更新：所有部門均未能更新地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="268" />
        <source>Done, but %3 of %2 departments failed</source>
        <translation>已完成，但 %2 個部門中有 %3 個未能更新</translation>
    </message>
</context>
<context>
    <name>AirBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="181" />
        <source>Air quality</source>
        <translation>空氣質素</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="183" />
        <source>No air-quality report saved yet.</source>
        <translation>尚未保存空氣質素報告。</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="135" />
        <source>What to do: %1</source>
        <translation>應做甚麼：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="138" />
        <source>Civil Protection hotline: %1</source>
        <translation>民防熱線：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="141" />
        <source>As of %1</source>
        <translation>資料截至 %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="318" />
        <location filename="../../desktop/views/pages/appointments.py" line="319" />
        <source>Appointments</source>
        <extracomment>The resident wants to see the memo (我的備忘).</extracomment>
        <translation>預約取籌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="327" />
        <source>&amp;Book an appointment</source>
        <translation>預約(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="328" />
        <source>&amp;My appointments (%1)</source>
        <translation>我的預約(&amp;M)（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="366" />
        <source>Already on its way</source>
        <translation>已在處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="368" />
        <source>You have booked this time already, or a change of this booking is on its way. Nothing was booked twice.</source>
        <translation>您已預約此時段，或此預約的更改正在處理中。不會重複預約。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="373" />
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="373" />
        <source>This could not be saved. Try again.</source>
        <translation>未能保存，請再試。</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="94" />
        <source>My apps</source>
        <extracomment>Apps this version has (the main window knows where each one opens).</extracomment>
        <translation>我的應用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="95" />
        <source>Open an app, or see what the others will hold when they come.</source>
        <translation>開啟應用，或查看其他應用推出後將提供的內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="97" />
        <source>My health</source>
        <translation>我的健康</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="97" />
        <source>Your health records and vaccination history.</source>
        <translation>您的健康紀錄及疫苗接種紀錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="99" />
        <source>Card wallet</source>
        <translation>我的卡包</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="100" />
        <source>Your eID and member cards, shown even without a connection.</source>
        <translation>您的電子身份及會員卡，無網絡時亦可出示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="103" />
        <source>My vehicles</source>
        <translation>我的車輛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="104" />
        <source>Bind your registered vehicles; licence and insurance dates.</source>
        <translation>綁定名下已登記車輛；查看牌照及保險日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="107" />
        <source>My vouchers</source>
        <translation>我的點券</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="108" />
        <source>Medical voucher and continuing-education balances; transfers to family.</source>
        <translation>醫療券及持續進修結餘；轉贈家人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="111" />
        <source>My photos</source>
        <translation>我的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="112" />
        <source>Identification photos taken with the webcam for documents.</source>
        <translation>以網絡攝影機拍攝的證件相片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="114" />
        <source>My memo</source>
        <translation>我的備忘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="114" />
        <source>Appointment reminders and your own notes.</source>
        <translation>預約提醒及您自己的備忘。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="116" />
        <source>My transactions</source>
        <translation>我的辦事</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="117" />
        <source>Your history, and the certificates and licences issued to you.</source>
        <translation>您的辦事紀錄，以及發給您的證明及准照。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="125" />
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="126" />
        <source>Open %1</source>
        <translation>開啟%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="128" />
        <source>Not available in this version yet</source>
        <translation>此版本尚未提供</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="94" />
        <source>As of %1</source>
        <extracomment>Official warning colours by severity 0..5 (information; then blue → black as on the storm-surge scale). Text on each of those colours with enough contrast. Border and air levels: 1 good … 5 worst.</extracomment>
        <translation>資料截至 %1</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="132" />
        <source>&amp;Department</source>
        <translation>部門(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="133" />
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="134" />
        <location filename="../../desktop/views/pages/appointments.py" line="135" />
        <source>Filter services</source>
        <translation>篩選服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="136" />
        <source>&amp;Service</source>
        <translation>服務(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="137" />
        <source>Services that take appointments</source>
        <translation>可預約的服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="138" />
        <source>About this service</source>
        <translation>服務說明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="139" />
        <source>&amp;Place</source>
        <translation>地點(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="140" />
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="151" />
        <source>All departments</source>
        <translation>所有部門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="223" />
        <source>All places</source>
        <translation>所有地點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="230" />
        <source>Choose a service to see its times.</source>
        <translation>請選擇服務以查看可預約時段。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="232" />
        <source>The services that take appointments have not been downloaded yet.</source>
        <translation>尚未下載可預約的服務。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="244" />
        <source>What to bring</source>
        <translation>須攜帶的文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/appointments.py" line="247" />
        <source>About %n minute(s) at the counter.</source>
        <translation>
            <numerusform>在櫃枱辦理約需 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="253" />
        <source>Opening hours: %1</source>
        <translation>辦公時間：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="255" />
        <source>Closed on public holidays.</source>
        <translation>公眾假期休息。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="266" />
        <source>Free times have not been downloaded yet.</source>
        <translation>尚未下載可預約時段。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="270" />
        <source>Free places as of %1. The server confirms your booking when it receives it.</source>
        <translation>名額資料截至 %1。伺服器收到預約後會予以確認。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="278" />
        <source>Book</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="280" />
        <source>Book %1</source>
        <translation>預約 %1</translation>
    </message>
</context>
<context>
    <name>BorderBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="203" />
        <source>Border checkpoints</source>
        <translation>口岸</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="205" />
        <source>No checkpoint status saved yet.</source>
        <translation>尚未保存口岸狀況。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="213" />
        <source>Entering Macao</source>
        <translation>入境</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="214" />
        <source>Leaving Macao</source>
        <translation>出境</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="234" />
        <source>%1 (about %2 min)</source>
        <translation>%1（約 %2 分鐘）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="237" />
        <source>No data</source>
        <translation>暫無資料</translation>
    </message>
</context>
<context>
    <name>CameraFailure</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="83" />
        <source>No camera was found. Connect a camera, or choose another source.</source>
        <translation>找不到鏡頭。請連接鏡頭，或選擇其他來源。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="86" />
        <source>The camera is being used by another program. Close that program and try again.</source>
        <translation>鏡頭正被另一個程式使用。請關閉該程式後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="89" />
        <source>This computer does not allow the app to use the camera. Allow camera access in the system settings and try again.</source>
        <translation>本電腦不允許本程式使用鏡頭。請在系統設定中允許使用鏡頭，然後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="94" />
        <source>The camera stopped sending pictures. Check its cable and try again.</source>
        <translation>鏡頭已停止傳送影像。請檢查連接線後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="97" />
        <source>The chosen file is not there any more. Choose another source.</source>
        <translation>所選的檔案已不存在。請選擇其他來源。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="100" />
        <source>The chosen file is not a picture or video that can be read.</source>
        <translation>所選的檔案不是可讀取的圖片或影片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="102" />
        <source>The camera could not be started. Try again.</source>
        <translation>無法啟動鏡頭，請再試。</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="166" />
        <source>Camera:</source>
        <extracomment>Why the camera failed, in words: painted in the preview, said as its accessible description.</extracomment>
        <translation>鏡頭：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="167" />
        <source>Camera or file to use</source>
        <translation>使用的鏡頭或檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="168" />
        <source>Camera picture</source>
        <translation>鏡頭畫面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="169" />
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="171" />
        <source>Start the camera again</source>
        <translation>重新啟動鏡頭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="177" />
        <location filename="../../desktop/views/photo_widgets.py" line="223" />
        <source>Starting the camera…</source>
        <translation>正在啟動鏡頭…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="184" />
        <source>Camera %1</source>
        <translation>鏡頭 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="187" />
        <source>Picture or video file…</source>
        <translation>圖片或影片檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="197" />
        <source>Choose a picture or video</source>
        <translation>選擇圖片或影片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="199" />
        <source>Pictures and videos</source>
        <translation>圖片及影片</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="278" />
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="300" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="283" />
        <source>Child's name</source>
        <translation>子女姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="285" />
        <source>Lives at &amp;my address</source>
        <translation>與我同住(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="287" />
        <source>Lives at my address</source>
        <translation>與我同住</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="349" />
        <source>Add a c&amp;hild…</source>
        <translation>加入子女…(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="350" />
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="351" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="352" />
        <source>Add a child</source>
        <translation>加入子女</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="353" />
        <source>Change the chosen child</source>
        <translation>修改所選子女</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="354" />
        <source>Remove the chosen child</source>
        <translation>移除所選子女</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="355" />
        <source>Minor children in this request</source>
        <translation>此申請包括的未成年子女</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="364" />
        <source>%1 — lives at my address</source>
        <translation>%1 — 與我同住</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/views/address_widgets.py" line="206" />
        <source>Select &amp;all %n department(s)</source>
        <translation>
            <numerusform>全選 %n 個部門(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="208" />
        <source>Departments to tell</source>
        <translation>要通知的部門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="209" />
        <location filename="../../desktop/views/address_widgets.py" line="251" />
        <source>Press Space to choose or leave out a department.</source>
        <translation>按空白鍵選擇或取消選擇部門。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="268" />
        <source>%1 of %2 chosen</source>
        <translation>已選 %1 / %2</translation>
    </message>
</context>
<context>
    <name>EidCourses</name>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="106" />
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="108" />
        <source>Show the code to sign in to the chosen course</source>
        <translation>顯示所選課程的簽到二維碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="110" />
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="112" />
        <source>Show the code to sign out of the chosen course</source>
        <translation>顯示所選課程的簽退二維碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="114" />
        <source>Your courses</source>
        <translation>您的課程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="123" />
        <source>Choose a course, then Sign in or Sign out.</source>
        <translation>請選擇課程，然後按「簽到」或「簽退」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="137" />
        <source>Next session: %1</source>
        <translation>下一堂課：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="140" />
        <source>No continuing-education courses yet</source>
        <translation>暫無持續進修課程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="145" />
        <source>%1: MOP %2 left of MOP %3</source>
        <translation>%1：餘額澳門元 %2（總額澳門元 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="146" />
        <source>Continuing Education Development Programme</source>
        <translation>持續進修發展計劃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="151" />
        <source>The programme's balance is shown here once it has been downloaded.</source>
        <translation>計劃餘額下載後會在此顯示。</translation>
    </message>
</context>
<context>
    <name>EidField</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="93" />
        <source>(not on record)</source>
        <translation>（沒有記錄）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="96" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="98" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>EidHistory</name>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="44" />
        <source>Consent history</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="45" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="45" />
        <source>Institution</source>
        <translation>機構</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="46" />
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="46" />
        <source>Details</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="49" />
        <source>Shared</source>
        <translation>已提供</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="50" />
        <source>Refused</source>
        <translation>已拒絕</translation>
    </message>
</context>
<context>
    <name>EidPage</name>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="120" />
        <location filename="../../desktop/views/pages/eid.py" line="121" />
        <source>eID</source>
        <translation>電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="124" />
        <source>Show eID</source>
        <translation>出示電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="125" />
        <source>Scan to provide data</source>
        <translation>掃碼提供資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="126" />
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="127" />
        <source>Consent history</source>
        <translation>同意記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="132" />
        <source>Look at the camera for a moment so that it can see it is you.</source>
        <translation>請望向鏡頭片刻，以確認是您本人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="132" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="135" />
        <source>Hold the institution's QR code up to the camera, or load a picture of it.</source>
        <translation>請將機構的二維碼對準鏡頭，或載入二維碼的圖片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="137" />
        <source>Load a picture of the code…</source>
        <translation>載入二維碼圖片…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="138" />
        <source>Load a picture of the institution's QR code</source>
        <translation>載入機構二維碼的圖片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="140" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="141" />
        <source>Done: close the code</source>
        <translation>完成：關閉二維碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="150" />
        <source>Opening your eID…</source>
        <translation>正在開啟您的電子身份…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="152" />
        <source>eID lives on the resident's own computer</source>
        <translation>電子身份只可在居民本人的電腦上使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="154" />
        <source>For your privacy, eID cannot be set up or shown on a shared computer such as a kiosk or a community-centre PC. Use it on your own computer with Macao One Account.</source>
        <translation>為保障您的私隱，電子身份不能在自助服務機或社區中心電腦等共用電腦上啟用或出示。請在您自己的電腦上透過澳門公共服務一戶通使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="160" />
        <source>This computer cannot keep an eID</source>
        <translation>本電腦無法保存電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="161" />
        <source>eID needs the computer's secure key store, and none is available here.</source>
        <translation>電子身份需要電腦的安全密鑰庫，但本電腦沒有可用的密鑰庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="164" />
        <source>Sign in to use eID</source>
        <translation>請先登入以使用電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="166" />
        <source>Set up eID on this computer</source>
        <translation>在本電腦啟用電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="168" />
        <source>Your eID is kept on this computer only. Setting it up takes a moment: the camera checks that it is you, and a key is made and kept in the computer's key store. If you had eID on another computer, it stops working there.</source>
        <translation>您的電子身份只保存在本電腦。啟用只需片刻：鏡頭會確認是您本人，並會產生一條密鑰，保存在電腦的安全密鑰庫中。若您曾在另一部電腦使用電子身份，該電腦上的電子身份將會失效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="172" />
        <location filename="../../desktop/views/pages/eid.py" line="177" />
        <source>Set up eID</source>
        <translation>啟用電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="175" />
        <source>Your eID was set up on another computer</source>
        <translation>您的電子身份已在另一部電腦上啟用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="176" />
        <source>It no longer works on this one. Set it up here again to use it here.</source>
        <translation>它在本電腦上已失效。如要在本電腦使用，請重新啟用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="207" />
        <source>Some of your details have changed. Set up eID again to bring them up to date.</source>
        <translation>您的部分資料已更改。請重新啟用電子身份以更新資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="208" />
        <source>Set up again</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="228" />
        <source>Setting up your eID…</source>
        <translation>正在啟用您的電子身份…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="228" />
        <source>This takes a few seconds.</source>
        <translation>這需要數秒時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="246" />
        <source>eID could not be set up</source>
        <translation>未能啟用電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="248" />
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="263" />
        <source>%1 — show this code to be identified</source>
        <translation>%1 — 出示此二維碼以核實身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="265" />
        <source>eID code of %1</source>
        <translation>%1 的電子身份二維碼</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/eid.py" line="268" />
        <location filename="../../desktop/views/pages/eid.py" line="284" />
        <source>New code in %n second(s)</source>
        <translation>
            <numerusform>%n 秒後更新二維碼</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="275" />
        <source>This code has expired. Scan the request again.</source>
        <translation>此二維碼已失效，請重新掃描機構的二維碼。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/eid.py" line="278" />
        <source>Valid for %n more second(s)</source>
        <translation>
            <numerusform>尚餘 %n 秒有效</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="308" />
        <source>Sign in to %1</source>
        <translation>%1 簽到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="308" />
        <source>Sign out of %1</source>
        <translation>%1 簽退</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="321" />
        <source>Load a picture of the code</source>
        <translation>載入二維碼圖片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="323" />
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="357" />
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="358" />
        <source>Demo institution: for trying eID out, not a real one.</source>
        <translation>示範機構：僅供試用電子身份，並非真實機構。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="359" />
        <source>%1 asks for these details. Untick any you do not want to give:</source>
        <translation>%1要求以下資料。請取消勾選您不願提供的項目：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="361" />
        <source>When you agree, the camera checks it is you; then a code with only the ticked details is shown for two minutes.</source>
        <translation>按下同意後，鏡頭會確認是您本人，然後顯示只包含已勾選資料的二維碼，有效兩分鐘。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="364" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="365" />
        <source>Agree and share</source>
        <translation>同意並提供</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="366" />
        <source>Refuse</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="391" />
        <source>Show this code to %1</source>
        <translation>請向%1出示此二維碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="394" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="397" />
        <source>Only these details are in the code: %1</source>
        <translation>二維碼只包含以下資料：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="407" />
        <source>You refused. Nothing was shared.</source>
        <translation>您已拒絕，沒有提供任何資料。</translation>
    </message>
</context>
<context>
    <name>EidPresence</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="307" />
        <source>Hold still…</source>
        <translation>請保持不動…</translation>
    </message>
</context>
<context>
    <name>EidReason</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="42" />
        <source>This is not an eID code.</source>
        <extracomment>Device pixels per QR module at least (at 3 OpenCV misses about one code in twelve); the widget uses more whenever the window leaves room. Frames in a row with exactly one face before the presence check passes (about a second of video). Section titles inside a page (the app's style sheet sizes only the page heading).</extracomment>
        <translation>這不是電子身份二維碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="43" />
        <source>This eID code is of a newer kind. Update the app.</source>
        <translation>此電子身份二維碼屬較新版本，請更新本程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="44" />
        <source>This code is too long to be an eID code.</source>
        <translation>此二維碼太長，不可能是電子身份二維碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="45" />
        <source>This is another kind of eID code than expected here.</source>
        <translation>此電子身份二維碼的類型不適用於此處。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="46" />
        <source>The code is signed with a key that is not published.</source>
        <translation>此二維碼以未公佈的密鑰簽署。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="47" />
        <source>The institution is not registered with Macao One Account.</source>
        <translation>該機構未在澳門公共服務一戶通登記。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="50" />
        <source>The signature does not match: the code was changed or forged.</source>
        <translation>簽署不符：二維碼曾被改動或偽造。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="53" />
        <source>A shared detail does not match what was certified.</source>
        <translation>所提供的資料與已認證的資料不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="54" />
        <source>This eID was revoked.</source>
        <translation>此電子身份已被撤銷。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="55" />
        <source>The code has expired. Ask for a new one.</source>
        <translation>二維碼已失效，請索取新的二維碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="56" />
        <source>The code is not valid yet. Check the computer's clock.</source>
        <translation>二維碼尚未生效，請檢查電腦的時鐘。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="57" />
        <source>The code claims to be valid for too long.</source>
        <translation>二維碼聲稱的有效時間過長。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="58" />
        <source>Your eID has expired. Set it up again.</source>
        <translation>您的電子身份已過期，請重新啟用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="59" />
        <source>The answer must be checked against the request.</source>
        <translation>回覆必須與機構的要求核對。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="60" />
        <source>The answer belongs to another request.</source>
        <translation>此回覆屬於另一個要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="61" />
        <source>The answer was made for another institution.</source>
        <translation>此回覆是為另一機構而產生的。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="62" />
        <source>The code is for another course.</source>
        <translation>此二維碼屬於另一課程。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="63" />
        <source>The answer shares details that were not asked for.</source>
        <translation>此回覆包含未被要求的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="64" />
        <source>This code was already used.</source>
        <translation>此二維碼已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="65" />
        <source>eID is only available on the resident's own computer.</source>
        <translation>電子身份只可在居民本人的電腦上使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="66" />
        <source>The key on this computer does not match your eID. Set it up again.</source>
        <translation>本電腦上的密鑰與您的電子身份不符，請重新啟用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="69" />
        <source>Choose at least one of the requested details.</source>
        <translation>請最少選擇一項所要求的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="70" />
        <source>Your face must be seen by the camera just before.</source>
        <translation>鏡頭需要在剛才看到您的面容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="71" />
        <source>The set-up took too long. Try again.</source>
        <translation>啟用時間過長，請再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="72" />
        <source>This computer's key is already used by another eID.</source>
        <translation>本電腦的密鑰已被另一個電子身份使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="73" />
        <source>A detail has the wrong form.</source>
        <translation>有資料的格式不正確。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="74" />
        <source>The list of revoked eIDs is older than the one already held.</source>
        <translation>已撤銷電子身份名單比現有的名單舊。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="75" />
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>無法連接伺服器，請檢查網絡連線後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="78" />
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="79" />
        <source>This computer has no secure key store, so it cannot hold an eID.</source>
        <translation>本電腦沒有安全密鑰庫，因此無法保存電子身份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="82" />
        <source>Your face could not be confirmed. Try again in good light.</source>
        <translation>未能確認您的面容，請在光線充足的地方再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="85" />
        <source>No QR code was found in this picture.</source>
        <translation>這張圖片中找不到二維碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="86" />
        <source>This file is not a picture.</source>
        <translation>此檔案不是圖片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="88" />
        <source>Something went wrong. Try again later.</source>
        <translation>發生錯誤，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>FeedCategory</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="88" />
        <source>Alerts</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="89" />
        <source>Civil protection</source>
        <translation>民防</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="90" />
        <source>Weather</source>
        <translation>天氣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="91" />
        <source>Air quality</source>
        <translation>空氣質素</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="92" />
        <source>Border checkpoints</source>
        <translation>口岸</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="93" />
        <source>Class suspensions</source>
        <translation>停課</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="94" />
        <source>Government news</source>
        <translation>政府新聞</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="218" />
        <source>My information</source>
        <translation>我的資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="219" />
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="220" />
        <source>Information feed</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="221" />
        <source>Selected information</source>
        <translation>所選資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="223" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="224" />
        <source>Show: %1</source>
        <translation>顯示：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="307" />
        <source>As of %1</source>
        <translation>資料截至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="307" />
        <source>Not yet updated</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="338" />
        <source>Nothing here yet</source>
        <translation>暫無資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="340" />
        <source>Sign in to see official alerts, weather, air quality, border checkpoints, class suspensions and government news. They stay available when you are offline.</source>
        <translation>登入後可查看官方警告、天氣、空氣質素、口岸狀況、停課消息及政府新聞；離線時仍可查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="346" />
        <source>No information saved on this computer yet</source>
        <translation>本電腦尚未保存任何資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="347" />
        <source>Information appears here as soon as it has been downloaded from the server.</source>
        <translation>資訊從伺服器下載後會在此顯示。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="223" />
        <source>Missed while this computer was off:</source>
        <extracomment>Section ids in navigation order (also the screenshot command's --page names). Where each section's page class lives. Pages are built the first time they are shown, so the window paints the first section without paying for the others. The first section shown has its first content (once); background work may start. The pages built so far (see PAGE_CLASSES).</extracomment>
        <translation>本電腦關機期間錯過的提醒：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="241" />
        <location filename="../../desktop/views/main_window.py" line="242" />
        <source>Macao One Account</source>
        <translation>澳門公共服務一戶通</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="243" />
        <source>DEMO</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="244" />
        <location filename="../../desktop/views/main_window.py" line="245" />
        <source>Demo mode: a server on this computer with made-up data</source>
        <translation>示範模式：使用本電腦上的伺服器及虛構資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="247" />
        <source>Kiosk</source>
        <translation>自助服務機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="247" />
        <source>Assisted service</source>
        <translation>輔助服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="249" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="250" />
        <source>Sections</source>
        <translation>功能</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="252" />
        <source>My information</source>
        <translation>我的資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>My services</source>
        <translation>我的服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="254" />
        <source>My apps</source>
        <translation>我的應用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="255" />
        <source>My opinions</source>
        <translation>我的意見</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="256" />
        <source>Appointments</source>
        <translation>預約取籌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="258" />
        <source>eID</source>
        <translation>電子身份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="259" />
        <source>My submissions</source>
        <translation>我的申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="260" />
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="266" />
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="280" />
        <source>Not signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="296" />
        <source>You are offline. Showing what is saved on this computer.</source>
        <translation>您目前離線，正在顯示本電腦已保存的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="298" />
        <source>The server is not answering properly. Showing what is saved on this computer.</source>
        <translation>伺服器未能正常回應，正在顯示本電腦已保存的資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="300" />
        <source>Last updated %1.</source>
        <translation>最後更新：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="301" />
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="319" />
        <source>Show</source>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="107" />
        <source>Memo</source>
        <translation>備忘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="107" />
        <source>New memo</source>
        <translation>新增備忘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="112" />
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="119" />
        <source>Date and time</source>
        <translation>日期及時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="122" />
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="125" />
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="126" />
        <source>&amp;When:</source>
        <translation>時間(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="127" />
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="128" />
        <source>Remind me:</source>
        <translation>提醒我：</translation>
    </message>
</context>
<context>
    <name>MemoPage</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="208" />
        <source>My memo</source>
        <extracomment>The resident wants to see the appointment a memo is about (its id).</extracomment>
        <translation>我的備忘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="211" />
        <source>Your own notes and your appointment reminders. They follow you to every computer where you sign in.</source>
        <translation>您自己的備忘及預約提醒。在任何電腦登入都可看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <location filename="../../desktop/views/pages/memo.py" line="295" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <location filename="../../desktop/views/pages/memo.py" line="295" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="216" />
        <source>Memo items</source>
        <translation>備忘事項</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="217" />
        <source>Memo details</source>
        <translation>備忘詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="218" />
        <source>&amp;New memo…</source>
        <translation>新增備忘(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="219" />
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="220" />
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="221" />
        <source>Show the &amp;appointment</source>
        <translation>查看預約(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="230" />
        <source>Not saved — needs your attention</source>
        <translation>未保存 — 需要您處理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="232" />
        <source>Saved on this computer — not on the server yet</source>
        <translation>已保存在本電腦 — 尚未傳送至伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="236" />
        <source>Appointment cancelled — no reminders</source>
        <translation>預約已取消 — 不會提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="237" />
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="259" />
        <source>Coming up</source>
        <translation>即將到來</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="259" />
        <source>Earlier</source>
        <translation>較早</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="266" />
        <source>(appointment)</source>
        <translation>（預約）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="287" />
        <source>Choose a memo item, or write a new one.</source>
        <translation>請選擇備忘事項，或新增一項。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="290" />
        <source>Nothing in your memo yet. Write a note, or add a reminder to an appointment you booked.</source>
        <translation>備忘中尚未有任何事項。您可新增備忘，或為已預約的服務加入提醒。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="299" />
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="300" />
        <source>Ticket code</source>
        <translation>取籌編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="325" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="326" />
        <source>Delete “%1” from your memo? Its reminders go too.</source>
        <translation>從備忘中刪除「%1」？其提醒亦會一併刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="337" />
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="337" />
        <source>The memo could not be saved. Try again.</source>
        <translation>未能保存備忘，請再試。</translation>
    </message>
</context>
<context>
    <name>MyAppointmentsPanel</name>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <source>When</source>
        <extracomment>The resident wants to see the memo (this booking's reminders are there).</extracomment>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <location filename="../../desktop/views/appointment_mine.py" line="376" />
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="119" />
        <source>My appointments</source>
        <translation>我的預約</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="120" />
        <source>Appointment details</source>
        <translation>預約詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="121" />
        <source>&amp;Reminders in my memo…</source>
        <translation>備忘提醒(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="122" />
        <source>C&amp;hange the time…</source>
        <translation>更改時間(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="123" />
        <source>&amp;Cancel the appointment…</source>
        <translation>取消預約(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="124" />
        <source>&amp;Discard this booking</source>
        <translation>捨棄此預約(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="125" />
        <source>&amp;Print the slip…</source>
        <translation>列印預約憑條(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="126" />
        <source>&amp;Save the slip as PDF…</source>
        <translation>將憑條儲存為 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="127" />
        <source>Open my &amp;memo</source>
        <translation>開啟我的備忘(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="136" />
        <source>Saved on this computer — not confirmed yet. It is sent when there is a connection.</source>
        <translation>已保存在本電腦 — 尚未確認。連線後會自動發送。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="139" />
        <source>Sending — not confirmed yet</source>
        <translation>發送中 — 尚未確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="144" />
        <source>Not booked: %1</source>
        <translation>預約不成功：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="146" />
        <source>Cancelling — saved on this computer, not confirmed yet</source>
        <translation>取消中 — 已保存在本電腦，尚未確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="149" />
        <source>Moving to %1 — not confirmed yet</source>
        <translation>改至 %1 — 尚未確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="151" />
        <location filename="../../desktop/views/appointment_mine.py" line="168" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="153" />
        <location filename="../../desktop/views/appointment_mine.py" line="173" />
        <source>Time passed</source>
        <translation>時間已過</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="157" />
        <source>Booked. Your change was refused: %1</source>
        <translation>已預約。您的更改未被接受：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="158" />
        <source>Booked — confirmed, updating</source>
        <translation>已預約 — 已確認，更新中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="158" />
        <source>Booked — confirmed</source>
        <translation>已預約 — 已確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="163" />
        <source>Saved on this computer</source>
        <translation>已保存在本電腦</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="164" />
        <source>Sending</source>
        <translation>發送中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="165" />
        <source>Not booked</source>
        <translation>預約不成功</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="166" />
        <source>Cancelling</source>
        <translation>取消中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="167" />
        <source>Moving</source>
        <translation>更改中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="174" />
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="194" />
        <source>Upcoming</source>
        <translation>即將到來</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="194" />
        <source>Past and cancelled</source>
        <translation>已過及已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="252" />
        <source>Choose an appointment to see its ticket.</source>
        <translation>請選擇預約以查看取籌二維碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="254" />
        <source>You have no appointments yet. Book one on the first tab.</source>
        <translation>您尚未有任何預約。可在第一個分頁預約。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="262" />
        <location filename="../../desktop/views/appointment_mine.py" line="377" />
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="263" />
        <location filename="../../desktop/views/appointment_mine.py" line="378" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="264" />
        <location filename="../../desktop/views/appointment_mine.py" line="379" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="268" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="270" />
        <source>What to bring</source>
        <translation>須攜帶的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="302" />
        <source>Nearest free times — one click books it instead:</source>
        <translation>最接近的可預約時段 — 按一下即可改為預約：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="308" />
        <source>Book %1 · %2</source>
        <translation>預約 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/appointment_mine.py" line="312" />
        <source>%n place(s) free</source>
        <translation>
            <numerusform>尚餘 %n 個名額</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="357" />
        <source>Cancel your appointment “%1” on %2? The place goes to someone else, and its reminders are taken out of your memo.</source>
        <translation>取消 %2 的「%1」預約？名額會讓予他人，其提醒亦會從備忘中刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="362" />
        <source>Cancel the appointment</source>
        <translation>取消預約</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="383" />
        <source>Counter appointment</source>
        <translation>預約取籌憑條</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="385" />
        <source>Ticket code</source>
        <translation>取籌編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="389" />
        <source>Scan the QR code at the ticket machine to take your ticket, or read out the ticket code at the counter. Arrive within your booked time.</source>
        <translation>請在取籌機掃描二維碼取籌，或在櫃枱讀出取籌編號。請於預約時段內到場。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="405" />
        <source>Save the slip as PDF</source>
        <translation>將憑條儲存為 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="405" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="417" />
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="417" />
        <source>The slip could not be saved there.</source>
        <translation>未能將憑條儲存於該位置。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="67" />
        <source>The data saved on this computer was damaged and could not be read. It has been kept aside as {file} and is being downloaded again from the server.</source>
        <translation>本電腦保存的資料已損壞，無法讀取。原檔案已另存為 {file}，現正從伺服器重新下載資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="73" />
        <source>The data saved on this computer was written by a newer version of this app. It has been kept aside as {file} and is being downloaded again from the server.</source>
        <translation>本電腦保存的資料由較新版本的應用程式建立。原檔案已另存為 {file}，現正從伺服器重新下載資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="79" />
        <source>This computer has no secure password store, so you will need to sign in again next time.</source>
        <translation>本電腦沒有安全密碼庫，下次使用時需要重新登入。</translation>
    </message>
</context>
<context>
    <name>OpState</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="175" />
        <source>Being checked with the server — do not pay again</source>
        <translation>正與伺服器核對 — 請勿重複付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="176" />
        <source>Saved on this computer — will be sent</source>
        <translation>已保存在本電腦 — 將會發送</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="178" />
        <source>Sending…</source>
        <translation>發送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="181" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>付款確認中 — 請勿重複付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="182" />
        <source>Received, being processed</source>
        <translation>已收到，處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="186" />
        <source>Received, ref %1</source>
        <translation>已收到，編號 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="187" />
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="189" />
        <source>Replaced by a corrected submission</source>
        <translation>已由修改後的申請取代</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="191" />
        <source>Discarded</source>
        <translation>已捨棄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="192" />
        <source>Needs your attention</source>
        <translation>需要您處理</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="116" />
        <source>Pay traffic fine %1 · MOP %2</source>
        <translation>繳交交通違例罰款 %1 · 澳門元 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="122" />
        <source>Pay vehicle tax %1 for %2 · MOP %3</source>
        <translation>繳交 %1 年度車輛使用牌照稅（%2）· 澳門元 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="129" />
        <source>Pay bill %1 · MOP %2</source>
        <translation>繳交賬單 %1 · 澳門元 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="278" />
        <source>Change the correspondence address (%n department(s))</source>
        <translation>更改通訊地址（%n 個部門）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="281" />
        <source>Register the correspondence address (%n department(s))</source>
        <translation>登記通訊地址（%n 個部門）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="329" />
        <source>Book a counter appointment</source>
        <translation>預約取籌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="330" />
        <source>Cancel appointment %1</source>
        <translation>取消預約 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="331" />
        <source>Change the time of appointment %1</source>
        <translation>更改預約 %1 的時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="334" />
        <source>Save memo “%2”</source>
        <translation>保存備忘「%2」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="335" />
        <source>Delete a memo</source>
        <translation>刪除備忘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="386" />
        <source>Send ID photo taken %1</source>
        <translation>發送於 %1 拍攝的證件相片</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="38" />
        <source>My opinions</source>
        <translation>我的意見</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="40" />
        <source>Here you will take part in policy consultations, send feedback with voice, short video, photos and attachments, follow your cases and read the departments' public replies, and look up service procedures.</source>
        <translation>您將可在此參與政策諮詢，以語音、短片、相片及附件提交意見，跟進個案進度及閱覽部門的公開回覆，並查詢服務流程。</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/views/payments.py" line="59" />
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="62" />
        <source>Amount: MOP %1</source>
        <translation>金額：澳門元 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="63" />
        <source>Pay with:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="73" />
        <source>Your payment is saved on this computer first and sent as soon as possible. You can follow it in My submissions.</source>
        <translation>您的付款會先保存在本電腦，並盡快發送。您可在「我的申請」查看進度。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="85" />
        <source>Pay MOP %1</source>
        <translation>支付澳門元 %1</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="105" />
        <source>UnionPay</source>
        <translation>銀聯</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="106" />
        <source>Credit card</source>
        <translation>信用卡</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../desktop/views/payments.py" line="143" />
        <source>&amp;Group fines by:</source>
        <extracomment>The resident should look at My submissions (a refused payment).</extracomment>
        <translation>罰款分組方式(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="147" />
        <location filename="../../desktop/views/payments.py" line="262" />
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="148" />
        <location filename="../../desktop/views/payments.py" line="263" />
        <source>Driving licence</source>
        <translation>駕駛執照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Amount (MOP)</source>
        <translation>金額（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="152" />
        <source>Fines, taxes and bills</source>
        <translation>罰款、稅款及賬單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="153" />
        <source>Payment details</source>
        <translation>付款詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="158" />
        <location filename="../../desktop/views/payments.py" line="165" />
        <location filename="../../desktop/views/payments.py" line="173" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>付款確認中 — 請勿重複付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="161" />
        <source>Saved on this computer — will be sent</source>
        <translation>已保存在本電腦 — 將會發送</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="163" />
        <source>Sending…</source>
        <translation>發送中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="167" />
        <source>Paid — updating</source>
        <translation>已付款 — 更新中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="169" />
        <source>Needs your attention</source>
        <translation>需要您處理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="171" />
        <location filename="../../desktop/views/payments.py" line="231" />
        <source>Paid</source>
        <translation>已繳交</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="179" />
        <source>Due %1</source>
        <translation>繳費期限 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="176" />
        <source>Unpaid</source>
        <translation>未繳交</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="178" />
        <source>Overdue since %1</source>
        <translation>已逾期（繳費期限 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="189" />
        <source>Vehicle tax %1 · %2</source>
        <translation>%1 年度車輛使用牌照稅 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="193" />
        <source>Water</source>
        <translation>水費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="193" />
        <source>Electricity</source>
        <translation>電費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="222" />
        <source>Traffic fines · vehicle %1</source>
        <translation>交通違例罰款 · 車輛 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="224" />
        <source>Traffic fines · licence %1</source>
        <translation>交通違例罰款 · 駕駛執照 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="227" />
        <source>Vehicle tax</source>
        <translation>車輛使用牌照稅</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="229" />
        <source>Water and electricity bills</source>
        <translation>水費及電費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="253" />
        <source>Choose a fine, tax or bill to see it and pay it.</source>
        <translation>請選擇罰款、稅款或賬單以查看及付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="264" />
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="265" />
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="268" />
        <source>Due date</source>
        <translation>繳費期限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="272" />
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="275" />
        <source>Paid at</source>
        <translation>繳費時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="278" />
        <source>Paid with</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="283" />
        <source>Pay MOP %1</source>
        <translation>支付澳門元 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="305" />
        <source>Already on its way</source>
        <translation>已在處理中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="307" />
        <source>A payment for this item is already saved or being confirmed. It will not be paid twice.</source>
        <translation>此項目的付款已保存或正在確認，不會重複付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="312" />
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="312" />
        <source>The payment could not be saved. Try again.</source>
        <translation>未能保存付款，請重試。</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="65" />
        <source>Exactly one face</source>
        <translation>只有一張面孔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="66" />
        <source>Face size</source>
        <translation>面部大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="67" />
        <source>Face in the middle</source>
        <translation>面部置中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="68" />
        <source>Head and shoulders in the picture</source>
        <translation>頭部及肩膀在畫面內</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="69" />
        <source>Eyes level</source>
        <translation>雙眼水平</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="70" />
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="71" />
        <source>Even light</source>
        <translation>光線均勻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="72" />
        <source>Sharpness</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="73" />
        <source>White background</source>
        <translation>白色背景</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="74" />
        <source>Plain background</source>
        <translation>背景素淨</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="44" />
        <source>Face the camera</source>
        <extracomment>Webcams offered by index in the chooser (a file can be chosen too).</extracomment>
        <translation>請正面望向鏡頭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="45" />
        <source>Only one person in the picture, please</source>
        <translation>畫面內只可以有一人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="46" />
        <source>Come a little closer</source>
        <translation>請稍為靠近</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="47" />
        <source>Move back a little</source>
        <translation>請稍為後退</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="48" />
        <source>Put your face in the middle of the oval</source>
        <translation>請將面部置於橢圓框中央</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="49" />
        <source>Look at the camera with both eyes open</source>
        <translation>請張開雙眼望向鏡頭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="50" />
        <source>Keep your head straight</source>
        <translation>請保持頭部端正</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="51" />
        <source>Too dark: turn on a light in front of you</source>
        <translation>太暗：請開啟您前方的燈</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="52" />
        <source>Too bright: move away from the strong light</source>
        <translation>太亮：請避開強光</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="53" />
        <source>Light your face evenly from the front</source>
        <translation>請讓光線從正面均勻照在面上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="54" />
        <source>Hold still</source>
        <translation>請保持不動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="55" />
        <source>Stand in front of a plain white wall</source>
        <translation>請站在純白色的牆前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="56" />
        <source>Choose a plain background without objects</source>
        <translation>請選擇沒有雜物的素淨背景</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="136" />
        <source>My photos</source>
        <translation>我的照片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="137" />
        <location filename="../../desktop/views/pages/photos.py" line="138" />
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="139" />
        <source>Take it anyway</source>
        <translation>仍然拍照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="140" />
        <source>Take the photo even though some checks fail</source>
        <translation>即使部分檢查未通過仍然拍照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="141" />
        <source>Use this photo</source>
        <translation>使用這張相片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="142" />
        <source>Save this photo and send it</source>
        <translation>保存並發送這張相片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="143" />
        <source>Take again</source>
        <translation>重新拍照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="144" />
        <source>Take the photo again</source>
        <translation>重新拍攝相片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="145" />
        <source>The photo as it will be saved</source>
        <translation>將會保存的相片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="146" />
        <location filename="../../desktop/views/pages/photos.py" line="147" />
        <source>Your photos</source>
        <translation>您的相片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="160" />
        <source>Sign in to keep and send your photos. You can try the camera now.</source>
        <translation>請登入以保存及發送相片。您現在可以先試用鏡頭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="164" />
        <source>Look straight at the camera in front of a plain white wall. When every check passes, take the photo. It is kept on this computer and sent to be used for your applications.</source>
        <translation>請站在純白色的牆前，正面望向鏡頭。所有檢查通過後即可拍照。相片會保存在本電腦，並發送以供您辦理申請之用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="189" />
        <source>Valid until %1</source>
        <translation>有效至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="191" />
        <source>Older than 12 months: take a new photo</source>
        <translation>已超過12個月：請重新拍照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="203" />
        <source>No photos yet</source>
        <translation>暫無相片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="212" />
        <source>Accepted</source>
        <translation>已接納</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="214" />
        <source>Refused. %1</source>
        <translation>不獲接納。%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="216" />
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="219" />
        <source>Saved on this computer — not sent yet, will try again</source>
        <translation>已保存在本電腦 — 尚未發送，稍後會再試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="221" />
        <source>Sending… %1%</source>
        <translation>發送中… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="222" />
        <source>Saved on this computer — will be sent</source>
        <translation>已保存在本電腦 — 將會發送</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="247" />
        <source>All checks pass: take the photo</source>
        <translation>所有檢查已通過：可以拍照</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="281" />
        <source>No photo: exactly one face must be in the picture.</source>
        <translation>未能拍照：畫面內必須剛好有一張面孔。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="284" />
        <source>These checks did not pass: %1. The photo may be refused.</source>
        <translation>以下檢查未通過：%1。相片可能不獲接納。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="286" />
        <source>Every check passed.</source>
        <translation>所有檢查均已通過。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="298" />
        <source>The photo is saved on this computer. It is sent as soon as possible.</source>
        <translation>相片已保存在本電腦，並會盡快發送。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="303" />
        <source>The photo could not be made from this picture. Try again.</source>
        <translation>未能從此畫面製作相片，請再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="304" />
        <source>The photo could not be saved on this computer.</source>
        <translation>未能將相片保存在本電腦。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="305" />
        <source>Sign in to keep and send your photos.</source>
        <translation>請登入以保存及發送相片。</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="143" />
        <source>This fine had already been paid. You were not charged again.</source>
        <translation>此罰款已繳交，您不會被重複收費。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="146" />
        <source>This tax had already been paid. You were not charged again.</source>
        <translation>此稅款已繳交，您不會被重複收費。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="149" />
        <source>The amount differs from what is due.</source>
        <translation>金額與應繳金額不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="150" />
        <source>The payment was declined. Nothing was charged.</source>
        <translation>付款被拒絕，未有扣款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="153" />
        <source>This fine no longer exists.</source>
        <translation>此罰款已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="154" />
        <source>Too large to send.</source>
        <translation>內容過大，無法發送。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="155" />
        <source>The server could not accept this request.</source>
        <translation>伺服器未能接受此申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="156" />
        <source>The server does not offer this yet.</source>
        <translation>伺服器暫未提供此服務。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="157" />
        <source>The app made an error sending this. It has been kept and reported.</source>
        <translation>應用程式發送時出錯，資料已保留並已記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="167" />
        <source>The server refused this request.</source>
        <translation>伺服器拒絕了此申請。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="289" />
        <source>The server did not accept the address. Correct it and send it again.</source>
        <translation>伺服器不接受此地址，請更正後再提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="292" />
        <source>A chosen department no longer takes part in the address service. Choose again and send.</source>
        <translation>所選部門已不提供地址登記服務，請重新選擇後提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="349" />
        <source>Someone else took the last place at this time. Choose one of the nearest free times.</source>
        <translation>此時段的最後名額已被他人預約。請選擇最接近的可預約時段。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="352" />
        <source>This time has already begun. Choose a later one.</source>
        <translation>此時段已開始，請選擇較後的時段。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="355" />
        <source>This time is no longer offered.</source>
        <translation>此時段已不再提供。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="356" />
        <source>You have already booked this time.</source>
        <translation>您已預約此時段。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="357" />
        <source>This appointment no longer exists.</source>
        <translation>此預約已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="358" />
        <source>This appointment is already cancelled.</source>
        <translation>此預約已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="361" />
        <source>The time of this appointment has come or gone; it can no longer be changed.</source>
        <translation>此預約的時間已到或已過，不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="364" />
        <source>This memo could not be saved. Save it again.</source>
        <translation>未能保存此備忘，請再保存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="392" />
        <source>The photo is more than 12 months old.</source>
        <translation>相片已拍攝超過12個月。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="393" />
        <source>The photo is not 1.5 × 1.8 inch.</source>
        <translation>相片尺寸不是1.5 × 1.8吋。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="394" />
        <source>The photo is too small.</source>
        <translation>相片太小。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="395" />
        <source>The file is not a JPEG photo.</source>
        <translation>檔案不是JPEG相片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="396" />
        <source>The photo did not arrive. Take it again.</source>
        <translation>相片未能送達，請重新拍照。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="397" />
        <source>The photo did not arrive whole. Take it again.</source>
        <translation>相片未能完整送達，請重新拍照。</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="306" />
        <source>1 week before</source>
        <translation>1 星期前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="307" />
        <source>2 days before</source>
        <translation>2 天前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="308" />
        <source>1 day before</source>
        <translation>1 天前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="309" />
        <source>3 hours before</source>
        <translation>3 小時前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="310" />
        <source>1 hour before</source>
        <translation>1 小時前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="311" />
        <source>30 minutes before</source>
        <translation>30 分鐘前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="312" />
        <source>15 minutes before</source>
        <translation>15 分鐘前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="313" />
        <source>At the time</source>
        <translation>準時提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="317" />
        <source>%n minute(s) before</source>
        <translation>%n 分鐘前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="322" />
        <source>, </source>
        <comment>between two reminders in a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="79" />
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="84" />
        <source>Remind me:</source>
        <translation>提醒我：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="87" />
        <source>Reminders appear on this computer and on others where you sign in.</source>
        <translation>提醒會在本電腦及您登入的其他電腦上顯示。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/reminders.py" line="66" />
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="68" />
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="80" />
        <source>Missed reminder: %1</source>
        <translation>錯過的提醒：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="82" />
        <source>This reminder was due while the computer was off or asleep. It is at %1.</source>
        <translation>電腦關機或休眠期間錯過了此提醒。時間為 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="86" />
        <source>This reminder was due while the computer was off or asleep. It was at %1.</source>
        <translation>電腦關機或休眠期間錯過了此提醒。時間為 %1（已過）。</translation>
    </message>
</context>
<context>
    <name>RequestReview</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="422" />
        <source>Check your request before sending it</source>
        <translation>提交前請核對申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="424" />
        <source>Request: change of address</source>
        <translation>申請：更改地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="424" />
        <source>Request: registration</source>
        <translation>申請：登記地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="426" />
        <source>New correspondence address</source>
        <translation>新通訊地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="428" />
        <source>Minor children: %1</source>
        <translation>未成年子女：%1 名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="429" />
        <source>None</source>
        <translation>沒有</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="432" />
        <source>lives at their own address:</source>
        <translation>住在以下地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="432" />
        <source>lives at the address above</source>
        <translation>與上述地址相同</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="436" />
        <source>Departments to tell: %1</source>
        <translation>要通知的部門：%1 個</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="442" />
        <source>When you send it, the request is saved on this computer first and sent as soon as there is a connection. Each department then processes it on its own; this page shows where each one stands.</source>
        <translation>提交後，申請會先儲存在本電腦，一有網絡連線即會發送。各部門會各自處理；本頁會顯示每個部門的進度。</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="260" />
        <source>Change the time</source>
        <translation>更改時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="267" />
        <source>Your ticket code stays the same; the QR code changes.</source>
        <translation>取籌編號不變，二維碼會更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="277" />
        <source>Move to this time</source>
        <translation>改至此時段</translation>
    </message>
</context>
<context>
    <name>SchoolBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="242" />
        <source>Class suspensions</source>
        <translation>停課</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="244" />
        <source>No class-suspension notice saved.</source>
        <translation>尚未保存停課消息。</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="202" />
        <source>My services</source>
        <translation>我的服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="203" />
        <source>Find a service</source>
        <translation>搜尋服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="204" />
        <source>Pay fines, taxes and bills</source>
        <translation>繳交罰款、稅款及賬單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="206" />
        <source>Search services, e.g. 身份證, certidão, vehicle tax</source>
        <translation>搜尋服務，例如：身份證、certidão、vehicle tax</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="207" />
        <source>Search services</source>
        <translation>搜尋服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="208" />
        <source>Service categories</source>
        <translation>服務類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="209" />
        <source>Services</source>
        <translation>服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="210" />
        <source>Service details</source>
        <translation>服務詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="275" />
        <source>All services (%1)</source>
        <translation>所有服務（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="276" />
        <source>★ My favourites</source>
        <translation>★ 我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="277" />
        <source>Recently used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="278" />
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="281" />
        <source>By department</source>
        <translation>按部門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="290" />
        <source>As of %1</source>
        <translation>資料截至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="292" />
        <source>Not yet updated</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="307" />
        <source>No service matches “%1”.</source>
        <translation>沒有服務符合「%1」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="312" />
        <source>No services saved on this computer yet</source>
        <translation>本電腦尚未保存任何服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="314" />
        <source>The catalogue of more than 600 government services appears here once it has been downloaded. After that it works without a connection.</source>
        <translation>逾 600 項政府服務的目錄下載後會在此顯示，之後無網絡時亦可使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="358" />
        <source>★ In my favourites</source>
        <translation>★ 已加入我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="358" />
        <source>☆ Add to my favourites</source>
        <translation>☆ 加入我的最愛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="383" />
        <source>Choose a service to see how to apply.</source>
        <translation>請選擇服務以查看申請方法。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="387" />
        <source>Who may apply</source>
        <translation>申請資格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="388" />
        <source>Documents</source>
        <translation>所需文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="389" />
        <source>Fees</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="390" />
        <source>Processing time</source>
        <translation>處理時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="391" />
        <source>Where and when</source>
        <translation>辦理地點及時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="392" />
        <source>Forms</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="393" />
        <source>Following progress</source>
        <translation>查詢進度</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="48" />
        <source>Wrong username or password.</source>
        <translation>用戶名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="49" />
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>無法連接伺服器，請檢查網絡連線後重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="52" />
        <source>The server is taking too long to answer. Try again later.</source>
        <translation>伺服器回應時間過長，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="55" />
        <source>The server sent an answer that could not be read.</source>
        <translation>伺服器回覆的內容無法讀取。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="58" />
        <source>The demo server could not be started.</source>
        <translation>無法啟動示範伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="62" />
        <source>Sign-in failed. Try again later.</source>
        <translation>登入失敗，請稍後再試。</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="60" />
        <source>Sign in to One Account</source>
        <translation>登入一戶通</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="61" />
        <source>&amp;Username</source>
        <translation>用戶名稱(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="62" />
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="63" />
        <source>Username</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="64" />
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="65" />
        <location filename="../../desktop/views/pages/account.py" line="66" />
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="68" />
        <source>Demo: sign in with username “demo” and password “demo”.</source>
        <translation>示範：請以用戶名稱「demo」及密碼「demo」登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="75" />
        <source>Enter your username and password.</source>
        <translation>請輸入用戶名稱及密碼。</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="80" />
        <source>Da&amp;y</source>
        <extracomment>The chosen slot changed (a Slot, or None). Enter or double click on a bookable time.</extracomment>
        <translation>日期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="81" />
        <source>&amp;Time</source>
        <translation>時段(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="82" />
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="83" />
        <source>Times</source>
        <translation>時段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="121" />
        <source>%1 · closed: %2</source>
        <translation>%1 · 休息：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="126" />
        <source>%1 · closed</source>
        <translation>%1 · 休息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="129" />
        <source>%1 · no times</source>
        <translation>%1 · 沒有可預約時段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="131" />
        <source>%1 · full</source>
        <translation>%1 · 已滿</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/appointment_widgets.py" line="133" />
        <location filename="../../desktop/views/appointment_widgets.py" line="164" />
        <source>%n place(s) free</source>
        <translation>
            <numerusform>尚餘 %n 個名額</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="136" />
        <source>afternoon closed: %1</source>
        <translation>下午休息：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="155" />
        <source>your booking</source>
        <translation>您的預約</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="157" />
        <source>your booking, not confirmed yet</source>
        <translation>您的預約，尚未確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="160" />
        <source>begun</source>
        <translation>已開始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="162" />
        <source>full</source>
        <translation>已滿</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="90" />
        <source>My submissions</source>
        <translation>我的申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="91" />
        <source>Submissions</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="92" />
        <source>Submission details</source>
        <translation>申請詳情</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="93" />
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="94" />
        <location filename="../../desktop/views/pages/submissions.py" line="203" />
        <source>Change and send again</source>
        <translation>修改後再發送</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="95" />
        <location filename="../../desktop/views/pages/submissions.py" line="215" />
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/submissions.py" line="130" />
        <source>%n need(s) your attention.</source>
        <translation><numerusform>%n 項需要您處理。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/submissions.py" line="132" />
        <source>%n not yet confirmed by the server.</source>
        <translation><numerusform>%n 項尚待伺服器確認。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="133" />
        <source>Everything you sent has been received.</source>
        <translation>您發送的所有申請均已收到。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="136" />
        <source>Nothing sent yet</source>
        <translation>尚未發送任何申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="138" />
        <source>Payments and other requests you make appear here, with where each one is. They are saved on this computer first, so nothing is lost when the connection drops.</source>
        <translation>您的付款及其他申請會在此顯示及其進度。申請會先保存在本電腦，即使網絡中斷亦不會遺失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="167" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="168" />
        <source>Saved</source>
        <translation>保存時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="169" />
        <source>Last change</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="170" />
        <source>Reference</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="171" />
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="175" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="180" />
        <source>Submission number</source>
        <translation>申請編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="203" />
        <source>Pay with:</source>
        <translation>付款方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="216" />
        <source>Discard “%1”? It will not be sent. It stays in this list as discarded.</source>
        <translation>捨棄「%1」？此申請將不會發送，並會以「已捨棄」保留在列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="226" />
        <source>Not possible</source>
        <translation>無法執行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="227" />
        <source>This cannot be done to this submission now.</source>
        <translation>此申請目前無法執行此操作。</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="24" />
        <source>No connection to the server</source>
        <translation>未能連接伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="25" />
        <source>The server is taking too long to answer</source>
        <translation>伺服器回應時間過長</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="26" />
        <source>The server reported an error</source>
        <translation>伺服器發生錯誤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="27" />
        <source>The server sent an answer that could not be read</source>
        <translation>伺服器回覆的內容無法讀取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="30" />
        <source>Your session has ended; please sign in again</source>
        <translation>登入已逾時，請重新登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="33" />
        <source>The demo server could not be started</source>
        <translation>無法啟動示範伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="36" />
        <source>The data on this computer could not be opened</source>
        <translation>無法開啟本電腦保存的資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="39" />
        <source>Another window of this app is sending your submissions</source>
        <translation>本應用程式的另一個視窗正在發送您的申請</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/views/status.py" line="47" />
        <location filename="../../desktop/views/status.py" line="48" />
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="62" />
        <source>● Connecting…</source>
        <translation>● 連線中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="64" />
        <source>● Signing in…</source>
        <translation>● 登入中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="66" />
        <source>● Syncing…</source>
        <translation>● 同步中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="68" />
        <source>● Online</source>
        <translation>● 已連線</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="70" />
        <source>● Offline</source>
        <translation>● 離線</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="72" />
        <source>● Not connected yet</source>
        <translation>● 尚未連線</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="80" />
        <source>Nothing waiting to be sent</source>
        <translation>沒有待發送的項目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="83" />
        <source>%n waiting to be sent, the oldest since %1</source>
        <translation><numerusform>%n 項待發送，最早一項保存於 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="88" />
        <source>%n waiting to be sent</source>
        <translation><numerusform>%n 項待發送</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="90" />
        <source>%n need(s) your attention</source>
        <translation><numerusform>%n 項需要您處理</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="93" />
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="95" />
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="99" />
        <source>Sync failed: %1</source>
        <translation>同步失敗：%1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="234" />
        <source>Ticket code</source>
        <translation>取籌編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="237" />
        <source>At the counter, scan this QR code at the ticket machine to take your ticket, or read out the ticket code. Arrive within your booked time.</source>
        <translation>到場後請在取籌機掃描此二維碼取籌，或讀出取籌編號。請於預約時段內到場。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="241" />
        <source>QR code of your appointment ticket</source>
        <translation>預約取籌二維碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="242" />
        <source>Ticket code %1</source>
        <translation>取籌編號 %1</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="28" />
        <source>Not available in this version yet</source>
        <translation>此版本尚未提供</translation>
    </message>
</context>
<context>
    <name>WeatherBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="147" />
        <source>Weather now</source>
        <translation>現時天氣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="149" />
        <source>No weather report saved yet.</source>
        <translation>尚未保存天氣報告。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="157" />
        <source>High / low</source>
        <translation>最高 / 最低</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="158" />
        <source>Humidity</source>
        <translation>濕度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="159" />
        <source>Feels like</source>
        <translation>體感溫度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="165" />
        <source>Wind</source>
        <translation>風</translation>
    </message>
</context>
</TS>