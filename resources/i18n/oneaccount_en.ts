<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="149" />
        <source>Account and settings</source>
        <translation>Account and settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="151" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="152" />
        <location filename="../../desktop/views/pages/account.py" line="153" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="154" />
        <location filename="../../desktop/views/pages/account.py" line="155" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="156" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="158" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="159" />
        <source>High-contrast colours</source>
        <translation>High-contrast colours</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="167" />
        <source>%1 (username %2)</source>
        <translation>%1 (username %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="175" />
        <source>Your data is kept in %1; your sign-in is kept in memory only, until the app closes.</source>
        <translation>Your data is kept in %1; your sign-in is kept in memory only, until the app closes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="181" />
        <source>This is your own computer. Your data is kept in %1 and your sign-in in the system's secure password store.</source>
        <translation>This is your own computer. Your data is kept in %1 and your sign-in in the system's secure password store.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="187" />
        <source>Assisted-service computer: everything of this session is erased when you sign out.</source>
        <translation>Assisted-service computer: everything of this session is erased when you sign out.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="192" />
        <source>Public kiosk: everything of this session is erased when you sign out or leave the kiosk unused.</source>
        <translation>Public kiosk: everything of this session is erased when you sign out or leave the kiosk unused.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="197" />
        <source>Server: demo server on this computer, with demo data</source>
        <translation>Server: demo server on this computer, with demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="199" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="202" />
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="204" />
        <source>Not synced yet in this session</source>
        <translation>Not synced yet in this session</translation>
    </message>
</context>
<context>
    <name>AddressError</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="216" />
        <source>Choose the district.</source>
        <translation>Choose the district.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="217" />
        <source>Enter the street, in Chinese or Portuguese (or both).</source>
        <translation>Enter the street, in Chinese or Portuguese (or both).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="220" />
        <source>Enter the child's name.</source>
        <translation>Enter the child's name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="222" />
        <source>This is needed.</source>
        <translation>This is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="224" />
        <source>At most %1 children in one request.</source>
        <translation>At most %1 children in one request.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="228" />
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="229" />
        <source>Remove line breaks, tabs and other control characters.</source>
        <translation>Remove line breaks, tabs and other control characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="232" />
        <source>Enter a door number or a building name (or both).</source>
        <translation>Enter a door number or a building name (or both).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="235" />
        <source>Choose one of the districts in the list.</source>
        <translation>Choose one of the districts in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="238" />
        <source>Choose at least one department.</source>
        <translation>Choose at least one department.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="239" />
        <source>At most %1 departments.</source>
        <translation>At most %1 departments.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="240" />
        <source>A department is chosen twice.</source>
        <translation>A department is chosen twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="241" />
        <source>A chosen department does not take part in the address service.</source>
        <translation>A chosen department does not take part in the address service.</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="53" />
        <source>&amp;District</source>
        <extracomment>The form's text fields (the names of :class:`AddressInput`) and how long each may be.</extracomment>
        <translation>&amp;District</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="54" />
        <source>&amp;Street (Chinese)</source>
        <translation>&amp;Street (Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="55" />
        <source>Street (&amp;Portuguese)</source>
        <translation>Street (&amp;Portuguese)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="56" />
        <source>Door &amp;number</source>
        <translation>Door &amp;number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="57" />
        <source>&amp;Building (Chinese)</source>
        <translation>&amp;Building (Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="58" />
        <source>Building (Portu&amp;guese)</source>
        <translation>Building (Portu&amp;guese)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="59" />
        <source>&amp;Floor</source>
        <translation>&amp;Floor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="60" />
        <source>F&amp;lat</source>
        <translation>F&amp;lat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="137" />
        <source>e.g. 高士德大馬路</source>
        <translation>e.g. 高士德大馬路</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="138" />
        <source>e.g. Avenida de Horta e Costa</source>
        <translation>e.g. Avenida de Horta e Costa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="142" />
        <source>Choose the district…</source>
        <translation>Choose the district…</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="184" />
        <source>Correspondence address</source>
        <extracomment>The request on the review screen (what "Send" queues).</extracomment>
        <translation>Correspondence address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="185" />
        <source>Registered address</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="186" />
        <source>Send again to the departments that failed…</source>
        <translation>Send again to the departments that failed…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="188" />
        <source>Progress of the latest request</source>
        <translation>Progress of the latest request</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="188" />
        <source>Address held by each department</source>
        <translation>Address held by each department</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="189" />
        <source>History of requests</source>
        <translation>History of requests</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="193" />
        <source>Address details</source>
        <translation>Address details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="194" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="194" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="195" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="195" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="196" />
        <source>Address held</source>
        <translation>Address held</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="196" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="197" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="197" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="200" />
        <source>Write the address as it is written in Macao: in Chinese, in Portuguese or in both. Choose the departments to tell; each takes a few working days. Fields marked in red must be corrected before the request can be sent.</source>
        <translation>Write the address as it is written in Macao: in Chinese, in Portuguese or in both. Choose the departments to tell; each takes a few working days. Fields marked in red must be corrected before the request can be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="205" />
        <source>New correspondence address</source>
        <translation>New correspondence address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="206" />
        <source>Departments</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="207" />
        <source>Minor children (optional)</source>
        <translation>Minor children (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="208" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="209" />
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="210" />
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="211" />
        <source>&amp;Send the request</source>
        <translation>&amp;Send the request</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="212" />
        <source>Everything that will be sent</source>
        <translation>Everything that will be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="247" />
        <source>&amp;Change the address or the departments…</source>
        <translation>&amp;Change the address or the departments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="249" />
        <source>&amp;Register an address…</source>
        <translation>&amp;Register an address…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="260" />
        <source>Your request: %1. It is sent as soon as there is a connection.</source>
        <translation>Your request: %1. It is sent as soon as there is a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="263" />
        <source>Your request of %1 is being processed by the departments. You can send another change when they have answered.</source>
        <translation>Your request of %1 is being processed by the departments. You can send another change when they have answered.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="270" />
        <source>No correspondence address is registered yet.</source>
        <translation>No correspondence address is registered yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="278" />
        <source>Child: %1, %2</source>
        <translation>Child: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="278" />
        <source>at this address</source>
        <translation>at this address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="282" />
        <source>Held by %1 of %2 departments.</source>
        <translation>Held by %1 of %2 departments.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="297" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="307" />
        <source>No request sent yet.</source>
        <translation>No request sent yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="309" />
        <source>Change of address</source>
        <translation>Change of address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="309" />
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="311" />
        <source>%1 sent %2 — %3</source>
        <translation>%1 sent %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="332" />
        <source>No address registered</source>
        <translation>No address registered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="334" />
        <source>Current address</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="336" />
        <source>Earlier address: %1</source>
        <translation>Earlier address: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="404" />
        <source>Child %1: %2</source>
        <translation>Child %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/address.py" line="411" />
        <source>%n field(s) must be corrected before sending.</source>
        <translation><numerusform>%n field(s) must be corrected before sending.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="445" />
        <source>The request could not be saved. Try again.</source>
        <translation>The request could not be saved. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="446" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="451" />
        <source>A request about your address is already saved or being processed. It will not be sent twice; you can send another change when the departments have answered it.</source>
        <translation>A request about your address is already saved or being processed. It will not be sent twice; you can send another change when the departments have answered it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="454" />
        <source>Already on its way</source>
        <translation>Already on its way</translation>
    </message>
</context>
<context>
    <name>AddressState</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="251" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="252" />
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="253" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="254" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="256" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="262" />
        <source>In progress: %1 of %2 departments finished</source>
        <translation>In progress: %1 of %2 departments finished</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="264" />
        <source>Done: all %2 departments took the address</source>
        <translation>Done: all %2 departments took the address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="266" />
        <source>Not taken: every department failed</source>
        <translation>Not taken: every department failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="268" />
        <source>Done, but %3 of %2 departments failed</source>
        <translation>Done, but %3 of %2 departments failed</translation>
    </message>
</context>
<context>
    <name>AirBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="181" />
        <source>Air quality</source>
        <translation>Air quality</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="183" />
        <source>No air-quality report saved yet.</source>
        <translation>No air-quality report saved yet.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="135" />
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="138" />
        <source>Civil Protection hotline: %1</source>
        <translation>Civil Protection hotline: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="141" />
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="318" />
        <location filename="../../desktop/views/pages/appointments.py" line="319" />
        <source>Appointments</source>
        <extracomment>The resident wants to see the memo (我的備忘).</extracomment>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="327" />
        <source>&amp;Book an appointment</source>
        <translation>&amp;Book an appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="328" />
        <source>&amp;My appointments (%1)</source>
        <translation>&amp;My appointments (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="366" />
        <source>Already on its way</source>
        <translation>Already on its way</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="368" />
        <source>You have booked this time already, or a change of this booking is on its way. Nothing was booked twice.</source>
        <translation>You have booked this time already, or a change of this booking is on its way. Nothing was booked twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="373" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="373" />
        <source>This could not be saved. Try again.</source>
        <translation>This could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="94" />
        <source>My apps</source>
        <extracomment>Apps this version has (the main window knows where each one opens).</extracomment>
        <translation>My apps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="95" />
        <source>Open an app, or see what the others will hold when they come.</source>
        <translation>Open an app, or see what the others will hold when they come.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="97" />
        <source>My health</source>
        <translation>My health</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="97" />
        <source>Your health records and vaccination history.</source>
        <translation>Your health records and vaccination history.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="99" />
        <source>Card wallet</source>
        <translation>Card wallet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="100" />
        <source>Your eID and member cards, shown even without a connection.</source>
        <translation>Your eID and member cards, shown even without a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="103" />
        <source>My vehicles</source>
        <translation>My vehicles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="104" />
        <source>Bind your registered vehicles; licence and insurance dates.</source>
        <translation>Bind your registered vehicles; licence and insurance dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="107" />
        <source>My vouchers</source>
        <translation>My vouchers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="108" />
        <source>Medical voucher and continuing-education balances; transfers to family.</source>
        <translation>Medical voucher and continuing-education balances; transfers to family.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="111" />
        <source>My photos</source>
        <translation>My photos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="112" />
        <source>Identification photos taken with the webcam for documents.</source>
        <translation>Identification photos taken with the webcam for documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="114" />
        <source>My memo</source>
        <translation>My memo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="114" />
        <source>Appointment reminders and your own notes.</source>
        <translation>Appointment reminders and your own notes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="116" />
        <source>My transactions</source>
        <translation>My transactions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="117" />
        <source>Your history, and the certificates and licences issued to you.</source>
        <translation>Your history, and the certificates and licences issued to you.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="125" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="126" />
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="128" />
        <source>Not available in this version yet</source>
        <translation>Not available in this version yet</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="94" />
        <source>As of %1</source>
        <extracomment>Official warning colours by severity 0..5 (information; then blue → black as on the storm-surge scale). Text on each of those colours with enough contrast. Border and air levels: 1 good … 5 worst.</extracomment>
        <translation>As of %1</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="132" />
        <source>&amp;Department</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="133" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="134" />
        <location filename="../../desktop/views/pages/appointments.py" line="135" />
        <source>Filter services</source>
        <translation>Filter services</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="136" />
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="137" />
        <source>Services that take appointments</source>
        <translation>Services that take appointments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="138" />
        <source>About this service</source>
        <translation>About this service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="139" />
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="140" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="151" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="223" />
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="230" />
        <source>Choose a service to see its times.</source>
        <translation>Choose a service to see its times.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="232" />
        <source>The services that take appointments have not been downloaded yet.</source>
        <translation>The services that take appointments have not been downloaded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="244" />
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/appointments.py" line="247" />
        <source>About %n minute(s) at the counter.</source>
        <translation><numerusform>About %n minute(s) at the counter.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="253" />
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="255" />
        <source>Closed on public holidays.</source>
        <translation>Closed on public holidays.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="266" />
        <source>Free times have not been downloaded yet.</source>
        <translation>Free times have not been downloaded yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="270" />
        <source>Free places as of %1. The server confirms your booking when it receives it.</source>
        <translation>Free places as of %1. The server confirms your booking when it receives it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="278" />
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="280" />
        <source>Book %1</source>
        <translation>Book %1</translation>
    </message>
</context>
<context>
    <name>BorderBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="203" />
        <source>Border checkpoints</source>
        <translation>Border checkpoints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="205" />
        <source>No checkpoint status saved yet.</source>
        <translation>No checkpoint status saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="213" />
        <source>Entering Macao</source>
        <translation>Entering Macao</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="214" />
        <source>Leaving Macao</source>
        <translation>Leaving Macao</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="234" />
        <source>%1 (about %2 min)</source>
        <translation>%1 (about %2 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="237" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>CameraFailure</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="83" />
        <source>No camera was found. Connect a camera, or choose another source.</source>
        <translation>No camera was found. Connect a camera, or choose another source.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="86" />
        <source>The camera is being used by another program. Close that program and try again.</source>
        <translation>The camera is being used by another program. Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="89" />
        <source>This computer does not allow the app to use the camera. Allow camera access in the system settings and try again.</source>
        <translation>This computer does not allow the app to use the camera. Allow camera access in the system settings and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="94" />
        <source>The camera stopped sending pictures. Check its cable and try again.</source>
        <translation>The camera stopped sending pictures. Check its cable and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="97" />
        <source>The chosen file is not there any more. Choose another source.</source>
        <translation>The chosen file is not there any more. Choose another source.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="100" />
        <source>The chosen file is not a picture or video that can be read.</source>
        <translation>The chosen file is not a picture or video that can be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="102" />
        <source>The camera could not be started. Try again.</source>
        <translation>The camera could not be started. Try again.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="166" />
        <source>Camera:</source>
        <extracomment>Why the camera failed, in words: painted in the preview, said as its accessible description.</extracomment>
        <translation>Camera:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="167" />
        <source>Camera or file to use</source>
        <translation>Camera or file to use</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="168" />
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="169" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="171" />
        <source>Start the camera again</source>
        <translation>Start the camera again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="177" />
        <location filename="../../desktop/views/photo_widgets.py" line="223" />
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="184" />
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="187" />
        <source>Picture or video file…</source>
        <translation>Picture or video file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="197" />
        <source>Choose a picture or video</source>
        <translation>Choose a picture or video</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="199" />
        <source>Pictures and videos</source>
        <translation>Pictures and videos</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="278" />
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="300" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="283" />
        <source>Child's name</source>
        <translation>Child's name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="285" />
        <source>Lives at &amp;my address</source>
        <translation>Lives at &amp;my address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="287" />
        <source>Lives at my address</source>
        <translation>Lives at my address</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="349" />
        <source>Add a c&amp;hild…</source>
        <translation>Add a c&amp;hild…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="350" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="351" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="352" />
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="353" />
        <source>Change the chosen child</source>
        <translation>Change the chosen child</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="354" />
        <source>Remove the chosen child</source>
        <translation>Remove the chosen child</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="355" />
        <source>Minor children in this request</source>
        <translation>Minor children in this request</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="364" />
        <source>%1 — lives at my address</source>
        <translation>%1 — lives at my address</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/views/address_widgets.py" line="206" />
        <source>Select &amp;all %n department(s)</source>
        <translation><numerusform>Select &amp;all %n department(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="208" />
        <source>Departments to tell</source>
        <translation>Departments to tell</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="209" />
        <location filename="../../desktop/views/address_widgets.py" line="251" />
        <source>Press Space to choose or leave out a department.</source>
        <translation>Press Space to choose or leave out a department.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="268" />
        <source>%1 of %2 chosen</source>
        <translation>%1 of %2 chosen</translation>
    </message>
</context>
<context>
    <name>EidCourses</name>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="106" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="108" />
        <source>Show the code to sign in to the chosen course</source>
        <translation>Show the code to sign in to the chosen course</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="110" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="112" />
        <source>Show the code to sign out of the chosen course</source>
        <translation>Show the code to sign out of the chosen course</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="114" />
        <source>Your courses</source>
        <translation>Your courses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="123" />
        <source>Choose a course, then Sign in or Sign out.</source>
        <translation>Choose a course, then Sign in or Sign out.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="137" />
        <source>Next session: %1</source>
        <translation>Next session: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="140" />
        <source>No continuing-education courses yet</source>
        <translation>No continuing-education courses yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="145" />
        <source>%1: MOP %2 left of MOP %3</source>
        <translation>%1: MOP %2 left of MOP %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="146" />
        <source>Continuing Education Development Programme</source>
        <translation>Continuing Education Development Programme</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="151" />
        <source>The programme's balance is shown here once it has been downloaded.</source>
        <translation>The programme's balance is shown here once it has been downloaded.</translation>
    </message>
</context>
<context>
    <name>EidField</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="93" />
        <source>(not on record)</source>
        <translation>(not on record)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="96" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="98" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>EidHistory</name>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="44" />
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="45" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="45" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="46" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="46" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="49" />
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="50" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>EidPage</name>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="120" />
        <location filename="../../desktop/views/pages/eid.py" line="121" />
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="124" />
        <source>Show eID</source>
        <translation>Show eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="125" />
        <source>Scan to provide data</source>
        <translation>Scan to provide data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="126" />
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="127" />
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="132" />
        <source>Look at the camera for a moment so that it can see it is you.</source>
        <translation>Look at the camera for a moment so that it can see it is you.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="132" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="135" />
        <source>Hold the institution's QR code up to the camera, or load a picture of it.</source>
        <translation>Hold the institution's QR code up to the camera, or load a picture of it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="137" />
        <source>Load a picture of the code…</source>
        <translation>Load a picture of the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="138" />
        <source>Load a picture of the institution's QR code</source>
        <translation>Load a picture of the institution's QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="140" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="141" />
        <source>Done: close the code</source>
        <translation>Done: close the code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="150" />
        <source>Opening your eID…</source>
        <translation>Opening your eID…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="152" />
        <source>eID lives on the resident's own computer</source>
        <translation>eID lives on the resident's own computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="154" />
        <source>For your privacy, eID cannot be set up or shown on a shared computer such as a kiosk or a community-centre PC. Use it on your own computer with Macao One Account.</source>
        <translation>For your privacy, eID cannot be set up or shown on a shared computer such as a kiosk or a community-centre PC. Use it on your own computer with Macao One Account.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="160" />
        <source>This computer cannot keep an eID</source>
        <translation>This computer cannot keep an eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="161" />
        <source>eID needs the computer's secure key store, and none is available here.</source>
        <translation>eID needs the computer's secure key store, and none is available here.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="164" />
        <source>Sign in to use eID</source>
        <translation>Sign in to use eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="166" />
        <source>Set up eID on this computer</source>
        <translation>Set up eID on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="168" />
        <source>Your eID is kept on this computer only. Setting it up takes a moment: the camera checks that it is you, and a key is made and kept in the computer's key store. If you had eID on another computer, it stops working there.</source>
        <translation>Your eID is kept on this computer only. Setting it up takes a moment: the camera checks that it is you, and a key is made and kept in the computer's key store. If you had eID on another computer, it stops working there.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="172" />
        <location filename="../../desktop/views/pages/eid.py" line="177" />
        <source>Set up eID</source>
        <translation>Set up eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="175" />
        <source>Your eID was set up on another computer</source>
        <translation>Your eID was set up on another computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="176" />
        <source>It no longer works on this one. Set it up here again to use it here.</source>
        <translation>It no longer works on this one. Set it up here again to use it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="207" />
        <source>Some of your details have changed. Set up eID again to bring them up to date.</source>
        <translation>Some of your details have changed. Set up eID again to bring them up to date.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="208" />
        <source>Set up again</source>
        <translation>Set up again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="228" />
        <source>Setting up your eID…</source>
        <translation>Setting up your eID…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="228" />
        <source>This takes a few seconds.</source>
        <translation>This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="246" />
        <source>eID could not be set up</source>
        <translation>eID could not be set up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="248" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="263" />
        <source>%1 — show this code to be identified</source>
        <translation>%1 — show this code to be identified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="265" />
        <source>eID code of %1</source>
        <translation>eID code of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/eid.py" line="268" />
        <location filename="../../desktop/views/pages/eid.py" line="284" />
        <source>New code in %n second(s)</source>
        <translation><numerusform>New code in %n second(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="275" />
        <source>This code has expired. Scan the request again.</source>
        <translation>This code has expired. Scan the request again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/eid.py" line="278" />
        <source>Valid for %n more second(s)</source>
        <translation><numerusform>Valid for %n more second(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="308" />
        <source>Sign in to %1</source>
        <translation>Sign in to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="308" />
        <source>Sign out of %1</source>
        <translation>Sign out of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="321" />
        <source>Load a picture of the code</source>
        <translation>Load a picture of the code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="323" />
        <source>Pictures</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="357" />
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="358" />
        <source>Demo institution: for trying eID out, not a real one.</source>
        <translation>Demo institution: for trying eID out, not a real one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="359" />
        <source>%1 asks for these details. Untick any you do not want to give:</source>
        <translation>%1 asks for these details. Untick any you do not want to give:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="361" />
        <source>When you agree, the camera checks it is you; then a code with only the ticked details is shown for two minutes.</source>
        <translation>When you agree, the camera checks it is you; then a code with only the ticked details is shown for two minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="364" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="365" />
        <source>Agree and share</source>
        <translation>Agree and share</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="366" />
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="391" />
        <source>Show this code to %1</source>
        <translation>Show this code to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="394" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="397" />
        <source>Only these details are in the code: %1</source>
        <translation>Only these details are in the code: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="407" />
        <source>You refused. Nothing was shared.</source>
        <translation>You refused. Nothing was shared.</translation>
    </message>
</context>
<context>
    <name>EidPresence</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="307" />
        <source>Hold still…</source>
        <translation>Hold still…</translation>
    </message>
</context>
<context>
    <name>EidReason</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="42" />
        <source>This is not an eID code.</source>
        <extracomment>Device pixels per QR module at least (at 3 OpenCV misses about one code in twelve); the widget uses more whenever the window leaves room. Frames in a row with exactly one face before the presence check passes (about a second of video). Section titles inside a page (the app's style sheet sizes only the page heading).</extracomment>
        <translation>This is not an eID code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="43" />
        <source>This eID code is of a newer kind. Update the app.</source>
        <translation>This eID code is of a newer kind. Update the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="44" />
        <source>This code is too long to be an eID code.</source>
        <translation>This code is too long to be an eID code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="45" />
        <source>This is another kind of eID code than expected here.</source>
        <translation>This is another kind of eID code than expected here.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="46" />
        <source>The code is signed with a key that is not published.</source>
        <translation>The code is signed with a key that is not published.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="47" />
        <source>The institution is not registered with Macao One Account.</source>
        <translation>The institution is not registered with Macao One Account.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="50" />
        <source>The signature does not match: the code was changed or forged.</source>
        <translation>The signature does not match: the code was changed or forged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="53" />
        <source>A shared detail does not match what was certified.</source>
        <translation>A shared detail does not match what was certified.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="54" />
        <source>This eID was revoked.</source>
        <translation>This eID was revoked.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="55" />
        <source>The code has expired. Ask for a new one.</source>
        <translation>The code has expired. Ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="56" />
        <source>The code is not valid yet. Check the computer's clock.</source>
        <translation>The code is not valid yet. Check the computer's clock.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="57" />
        <source>The code claims to be valid for too long.</source>
        <translation>The code claims to be valid for too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="58" />
        <source>Your eID has expired. Set it up again.</source>
        <translation>Your eID has expired. Set it up again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="59" />
        <source>The answer must be checked against the request.</source>
        <translation>The answer must be checked against the request.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="60" />
        <source>The answer belongs to another request.</source>
        <translation>The answer belongs to another request.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="61" />
        <source>The answer was made for another institution.</source>
        <translation>The answer was made for another institution.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="62" />
        <source>The code is for another course.</source>
        <translation>The code is for another course.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="63" />
        <source>The answer shares details that were not asked for.</source>
        <translation>The answer shares details that were not asked for.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="64" />
        <source>This code was already used.</source>
        <translation>This code was already used.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="65" />
        <source>eID is only available on the resident's own computer.</source>
        <translation>eID is only available on the resident's own computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="66" />
        <source>The key on this computer does not match your eID. Set it up again.</source>
        <translation>The key on this computer does not match your eID. Set it up again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="69" />
        <source>Choose at least one of the requested details.</source>
        <translation>Choose at least one of the requested details.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="70" />
        <source>Your face must be seen by the camera just before.</source>
        <translation>Your face must be seen by the camera just before.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="71" />
        <source>The set-up took too long. Try again.</source>
        <translation>The set-up took too long. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="72" />
        <source>This computer's key is already used by another eID.</source>
        <translation>This computer's key is already used by another eID.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="73" />
        <source>A detail has the wrong form.</source>
        <translation>A detail has the wrong form.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="74" />
        <source>The list of revoked eIDs is older than the one already held.</source>
        <translation>The list of revoked eIDs is older than the one already held.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="75" />
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>The server cannot be reached. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="78" />
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="79" />
        <source>This computer has no secure key store, so it cannot hold an eID.</source>
        <translation>This computer has no secure key store, so it cannot hold an eID.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="82" />
        <source>Your face could not be confirmed. Try again in good light.</source>
        <translation>Your face could not be confirmed. Try again in good light.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="85" />
        <source>No QR code was found in this picture.</source>
        <translation>No QR code was found in this picture.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="86" />
        <source>This file is not a picture.</source>
        <translation>This file is not a picture.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="88" />
        <source>Something went wrong. Try again later.</source>
        <translation>Something went wrong. Try again later.</translation>
    </message>
</context>
<context>
    <name>FeedCategory</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="88" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="89" />
        <source>Civil protection</source>
        <translation>Civil protection</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="90" />
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="91" />
        <source>Air quality</source>
        <translation>Air quality</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="92" />
        <source>Border checkpoints</source>
        <translation>Border checkpoints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="93" />
        <source>Class suspensions</source>
        <translation>Class suspensions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="94" />
        <source>Government news</source>
        <translation>Government news</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="218" />
        <source>My information</source>
        <translation>My information</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="219" />
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="220" />
        <source>Information feed</source>
        <translation>Information feed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="221" />
        <source>Selected information</source>
        <translation>Selected information</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="223" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="224" />
        <source>Show: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="307" />
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="307" />
        <source>Not yet updated</source>
        <translation>Not yet updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="338" />
        <source>Nothing here yet</source>
        <translation>Nothing here yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="340" />
        <source>Sign in to see official alerts, weather, air quality, border checkpoints, class suspensions and government news. They stay available when you are offline.</source>
        <translation>Sign in to see official alerts, weather, air quality, border checkpoints, class suspensions and government news. They stay available when you are offline.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="346" />
        <source>No information saved on this computer yet</source>
        <translation>No information saved on this computer yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="347" />
        <source>Information appears here as soon as it has been downloaded from the server.</source>
        <translation>Information appears here as soon as it has been downloaded from the server.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="223" />
        <source>Missed while this computer was off:</source>
        <extracomment>Section ids in navigation order (also the screenshot command's --page names). Where each section's page class lives. Pages are built the first time they are shown, so the window paints the first section without paying for the others. The first section shown has its first content (once); background work may start. The pages built so far (see PAGE_CLASSES).</extracomment>
        <translation>Missed while this computer was off:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="241" />
        <location filename="../../desktop/views/main_window.py" line="242" />
        <source>Macao One Account</source>
        <translation>Macao One Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="243" />
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="244" />
        <location filename="../../desktop/views/main_window.py" line="245" />
        <source>Demo mode: a server on this computer with made-up data</source>
        <translation>Demo mode: a server on this computer with made-up data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="247" />
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="247" />
        <source>Assisted service</source>
        <translation>Assisted service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="249" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="250" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="252" />
        <source>My information</source>
        <translation>My information</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>My services</source>
        <translation>My services</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="254" />
        <source>My apps</source>
        <translation>My apps</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="255" />
        <source>My opinions</source>
        <translation>My opinions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="256" />
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="258" />
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="259" />
        <source>My submissions</source>
        <translation>My submissions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="260" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="266" />
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="280" />
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="296" />
        <source>You are offline. Showing what is saved on this computer.</source>
        <translation>You are offline. Showing what is saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="298" />
        <source>The server is not answering properly. Showing what is saved on this computer.</source>
        <translation>The server is not answering properly. Showing what is saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="300" />
        <source>Last updated %1.</source>
        <translation>Last updated %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="301" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="319" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="107" />
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="107" />
        <source>New memo</source>
        <translation>New memo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="112" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="119" />
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="122" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="125" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="126" />
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="127" />
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="128" />
        <source>Remind me:</source>
        <translation>Remind me:</translation>
    </message>
</context>
<context>
    <name>MemoPage</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="208" />
        <source>My memo</source>
        <extracomment>The resident wants to see the appointment a memo is about (its id).</extracomment>
        <translation>My memo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="211" />
        <source>Your own notes and your appointment reminders. They follow you to every computer where you sign in.</source>
        <translation>Your own notes and your appointment reminders. They follow you to every computer where you sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <location filename="../../desktop/views/pages/memo.py" line="295" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <location filename="../../desktop/views/pages/memo.py" line="295" />
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="216" />
        <source>Memo items</source>
        <translation>Memo items</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="217" />
        <source>Memo details</source>
        <translation>Memo details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="218" />
        <source>&amp;New memo…</source>
        <translation>&amp;New memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="219" />
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="220" />
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="221" />
        <source>Show the &amp;appointment</source>
        <translation>Show the &amp;appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="230" />
        <source>Not saved — needs your attention</source>
        <translation>Not saved — needs your attention</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="232" />
        <source>Saved on this computer — not on the server yet</source>
        <translation>Saved on this computer — not on the server yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="236" />
        <source>Appointment cancelled — no reminders</source>
        <translation>Appointment cancelled — no reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="237" />
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="259" />
        <source>Coming up</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="259" />
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="266" />
        <source>(appointment)</source>
        <translation>(appointment)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="287" />
        <source>Choose a memo item, or write a new one.</source>
        <translation>Choose a memo item, or write a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="290" />
        <source>Nothing in your memo yet. Write a note, or add a reminder to an appointment you booked.</source>
        <translation>Nothing in your memo yet. Write a note, or add a reminder to an appointment you booked.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="299" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="300" />
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="325" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="326" />
        <source>Delete “%1” from your memo? Its reminders go too.</source>
        <translation>Delete “%1” from your memo? Its reminders go too.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="337" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="337" />
        <source>The memo could not be saved. Try again.</source>
        <translation>The memo could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>MyAppointmentsPanel</name>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <source>When</source>
        <extracomment>The resident wants to see the memo (this booking's reminders are there).</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <location filename="../../desktop/views/appointment_mine.py" line="376" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="119" />
        <source>My appointments</source>
        <translation>My appointments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="120" />
        <source>Appointment details</source>
        <translation>Appointment details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="121" />
        <source>&amp;Reminders in my memo…</source>
        <translation>&amp;Reminders in my memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="122" />
        <source>C&amp;hange the time…</source>
        <translation>C&amp;hange the time…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="123" />
        <source>&amp;Cancel the appointment…</source>
        <translation>&amp;Cancel the appointment…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="124" />
        <source>&amp;Discard this booking</source>
        <translation>&amp;Discard this booking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="125" />
        <source>&amp;Print the slip…</source>
        <translation>&amp;Print the slip…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="126" />
        <source>&amp;Save the slip as PDF…</source>
        <translation>&amp;Save the slip as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="127" />
        <source>Open my &amp;memo</source>
        <translation>Open my &amp;memo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="136" />
        <source>Saved on this computer — not confirmed yet. It is sent when there is a connection.</source>
        <translation>Saved on this computer — not confirmed yet. It is sent when there is a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="139" />
        <source>Sending — not confirmed yet</source>
        <translation>Sending — not confirmed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="144" />
        <source>Not booked: %1</source>
        <translation>Not booked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="146" />
        <source>Cancelling — saved on this computer, not confirmed yet</source>
        <translation>Cancelling — saved on this computer, not confirmed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="149" />
        <source>Moving to %1 — not confirmed yet</source>
        <translation>Moving to %1 — not confirmed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="151" />
        <location filename="../../desktop/views/appointment_mine.py" line="168" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="153" />
        <location filename="../../desktop/views/appointment_mine.py" line="173" />
        <source>Time passed</source>
        <translation>Time passed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="157" />
        <source>Booked. Your change was refused: %1</source>
        <translation>Booked. Your change was refused: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="158" />
        <source>Booked — confirmed, updating</source>
        <translation>Booked — confirmed, updating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="158" />
        <source>Booked — confirmed</source>
        <translation>Booked — confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="163" />
        <source>Saved on this computer</source>
        <translation>Saved on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="164" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="165" />
        <source>Not booked</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="166" />
        <source>Cancelling</source>
        <translation>Cancelling</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="167" />
        <source>Moving</source>
        <translation>Moving</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="174" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="194" />
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="194" />
        <source>Past and cancelled</source>
        <translation>Past and cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="252" />
        <source>Choose an appointment to see its ticket.</source>
        <translation>Choose an appointment to see its ticket.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="254" />
        <source>You have no appointments yet. Book one on the first tab.</source>
        <translation>You have no appointments yet. Book one on the first tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="262" />
        <location filename="../../desktop/views/appointment_mine.py" line="377" />
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="263" />
        <location filename="../../desktop/views/appointment_mine.py" line="378" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="264" />
        <location filename="../../desktop/views/appointment_mine.py" line="379" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="268" />
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="270" />
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="302" />
        <source>Nearest free times — one click books it instead:</source>
        <translation>Nearest free times — one click books it instead:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="308" />
        <source>Book %1 · %2</source>
        <translation>Book %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/appointment_mine.py" line="312" />
        <source>%n place(s) free</source>
        <translation><numerusform>%n place(s) free</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="357" />
        <source>Cancel your appointment “%1” on %2? The place goes to someone else, and its reminders are taken out of your memo.</source>
        <translation>Cancel your appointment “%1” on %2? The place goes to someone else, and its reminders are taken out of your memo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="362" />
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="383" />
        <source>Counter appointment</source>
        <translation>Counter appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="385" />
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="389" />
        <source>Scan the QR code at the ticket machine to take your ticket, or read out the ticket code at the counter. Arrive within your booked time.</source>
        <translation>Scan the QR code at the ticket machine to take your ticket, or read out the ticket code at the counter. Arrive within your booked time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="405" />
        <source>Save the slip as PDF</source>
        <translation>Save the slip as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="405" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="417" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="417" />
        <source>The slip could not be saved there.</source>
        <translation>The slip could not be saved there.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="67" />
        <source>The data saved on this computer was damaged and could not be read. It has been kept aside as {file} and is being downloaded again from the server.</source>
        <translation>The data saved on this computer was damaged and could not be read. It has been kept aside as {file} and is being downloaded again from the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="73" />
        <source>The data saved on this computer was written by a newer version of this app. It has been kept aside as {file} and is being downloaded again from the server.</source>
        <translation>The data saved on this computer was written by a newer version of this app. It has been kept aside as {file} and is being downloaded again from the server.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="79" />
        <source>This computer has no secure password store, so you will need to sign in again next time.</source>
        <translation>This computer has no secure password store, so you will need to sign in again next time.</translation>
    </message>
</context>
<context>
    <name>OpState</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="175" />
        <source>Being checked with the server — do not pay again</source>
        <translation>Being checked with the server — do not pay again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="176" />
        <source>Saved on this computer — will be sent</source>
        <translation>Saved on this computer — will be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="178" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="181" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>Payment being confirmed — do not pay again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="182" />
        <source>Received, being processed</source>
        <translation>Received, being processed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="186" />
        <source>Received, ref %1</source>
        <translation>Received, ref %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="187" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="189" />
        <source>Replaced by a corrected submission</source>
        <translation>Replaced by a corrected submission</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="191" />
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="192" />
        <source>Needs your attention</source>
        <translation>Needs your attention</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="116" />
        <source>Pay traffic fine %1 · MOP %2</source>
        <translation>Pay traffic fine %1 · MOP %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="122" />
        <source>Pay vehicle tax %1 for %2 · MOP %3</source>
        <translation>Pay vehicle tax %1 for %2 · MOP %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="129" />
        <source>Pay bill %1 · MOP %2</source>
        <translation>Pay bill %1 · MOP %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="278" />
        <source>Change the correspondence address (%n department(s))</source>
        <translation>Change the correspondence address (%n department(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="281" />
        <source>Register the correspondence address (%n department(s))</source>
        <translation>Register the correspondence address (%n department(s))</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="329" />
        <source>Book a counter appointment</source>
        <translation>Book a counter appointment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="330" />
        <source>Cancel appointment %1</source>
        <translation>Cancel appointment %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="331" />
        <source>Change the time of appointment %1</source>
        <translation>Change the time of appointment %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="334" />
        <source>Save memo “%2”</source>
        <translation>Save memo “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="335" />
        <source>Delete a memo</source>
        <translation>Delete a memo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="386" />
        <source>Send ID photo taken %1</source>
        <translation>Send ID photo taken %1</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="38" />
        <source>My opinions</source>
        <translation>My opinions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="40" />
        <source>Here you will take part in policy consultations, send feedback with voice, short video, photos and attachments, follow your cases and read the departments' public replies, and look up service procedures.</source>
        <translation>Here you will take part in policy consultations, send feedback with voice, short video, photos and attachments, follow your cases and read the departments' public replies, and look up service procedures.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/views/payments.py" line="59" />
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="62" />
        <source>Amount: MOP %1</source>
        <translation>Amount: MOP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="63" />
        <source>Pay with:</source>
        <translation>Pay with:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="73" />
        <source>Your payment is saved on this computer first and sent as soon as possible. You can follow it in My submissions.</source>
        <translation>Your payment is saved on this computer first and sent as soon as possible. You can follow it in My submissions.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="85" />
        <source>Pay MOP %1</source>
        <translation>Pay MOP %1</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="105" />
        <source>UnionPay</source>
        <translation>UnionPay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="106" />
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../desktop/views/payments.py" line="143" />
        <source>&amp;Group fines by:</source>
        <extracomment>The resident should look at My submissions (a refused payment).</extracomment>
        <translation>&amp;Group fines by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="147" />
        <location filename="../../desktop/views/payments.py" line="262" />
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="148" />
        <location filename="../../desktop/views/payments.py" line="263" />
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Amount (MOP)</source>
        <translation>Amount (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="152" />
        <source>Fines, taxes and bills</source>
        <translation>Fines, taxes and bills</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="153" />
        <source>Payment details</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="158" />
        <location filename="../../desktop/views/payments.py" line="165" />
        <location filename="../../desktop/views/payments.py" line="173" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>Payment being confirmed — do not pay again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="161" />
        <source>Saved on this computer — will be sent</source>
        <translation>Saved on this computer — will be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="163" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="167" />
        <source>Paid — updating</source>
        <translation>Paid — updating</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="169" />
        <source>Needs your attention</source>
        <translation>Needs your attention</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="171" />
        <location filename="../../desktop/views/payments.py" line="231" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="179" />
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="176" />
        <source>Unpaid</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="178" />
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="189" />
        <source>Vehicle tax %1 · %2</source>
        <translation>Vehicle tax %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="193" />
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="193" />
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="222" />
        <source>Traffic fines · vehicle %1</source>
        <translation>Traffic fines · vehicle %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="224" />
        <source>Traffic fines · licence %1</source>
        <translation>Traffic fines · licence %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="227" />
        <source>Vehicle tax</source>
        <translation>Vehicle tax</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="229" />
        <source>Water and electricity bills</source>
        <translation>Water and electricity bills</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="253" />
        <source>Choose a fine, tax or bill to see it and pay it.</source>
        <translation>Choose a fine, tax or bill to see it and pay it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="264" />
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="265" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="268" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="272" />
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="275" />
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="278" />
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="283" />
        <source>Pay MOP %1</source>
        <translation>Pay MOP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="305" />
        <source>Already on its way</source>
        <translation>Already on its way</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="307" />
        <source>A payment for this item is already saved or being confirmed. It will not be paid twice.</source>
        <translation>A payment for this item is already saved or being confirmed. It will not be paid twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="312" />
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="312" />
        <source>The payment could not be saved. Try again.</source>
        <translation>The payment could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="65" />
        <source>Exactly one face</source>
        <translation>Exactly one face</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="66" />
        <source>Face size</source>
        <translation>Face size</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="67" />
        <source>Face in the middle</source>
        <translation>Face in the middle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="68" />
        <source>Head and shoulders in the picture</source>
        <translation>Head and shoulders in the picture</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="69" />
        <source>Eyes level</source>
        <translation>Eyes level</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="70" />
        <source>Brightness</source>
        <translation>Brightness</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="71" />
        <source>Even light</source>
        <translation>Even light</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="72" />
        <source>Sharpness</source>
        <translation>Sharpness</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="73" />
        <source>White background</source>
        <translation>White background</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="74" />
        <source>Plain background</source>
        <translation>Plain background</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="44" />
        <source>Face the camera</source>
        <extracomment>Webcams offered by index in the chooser (a file can be chosen too).</extracomment>
        <translation>Face the camera</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="45" />
        <source>Only one person in the picture, please</source>
        <translation>Only one person in the picture, please</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="46" />
        <source>Come a little closer</source>
        <translation>Come a little closer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="47" />
        <source>Move back a little</source>
        <translation>Move back a little</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="48" />
        <source>Put your face in the middle of the oval</source>
        <translation>Put your face in the middle of the oval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="49" />
        <source>Look at the camera with both eyes open</source>
        <translation>Look at the camera with both eyes open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="50" />
        <source>Keep your head straight</source>
        <translation>Keep your head straight</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="51" />
        <source>Too dark: turn on a light in front of you</source>
        <translation>Too dark: turn on a light in front of you</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="52" />
        <source>Too bright: move away from the strong light</source>
        <translation>Too bright: move away from the strong light</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="53" />
        <source>Light your face evenly from the front</source>
        <translation>Light your face evenly from the front</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="54" />
        <source>Hold still</source>
        <translation>Hold still</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="55" />
        <source>Stand in front of a plain white wall</source>
        <translation>Stand in front of a plain white wall</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="56" />
        <source>Choose a plain background without objects</source>
        <translation>Choose a plain background without objects</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="136" />
        <source>My photos</source>
        <translation>My photos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="137" />
        <location filename="../../desktop/views/pages/photos.py" line="138" />
        <source>Take photo</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="139" />
        <source>Take it anyway</source>
        <translation>Take it anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="140" />
        <source>Take the photo even though some checks fail</source>
        <translation>Take the photo even though some checks fail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="141" />
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="142" />
        <source>Save this photo and send it</source>
        <translation>Save this photo and send it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="143" />
        <source>Take again</source>
        <translation>Take again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="144" />
        <source>Take the photo again</source>
        <translation>Take the photo again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="145" />
        <source>The photo as it will be saved</source>
        <translation>The photo as it will be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="146" />
        <location filename="../../desktop/views/pages/photos.py" line="147" />
        <source>Your photos</source>
        <translation>Your photos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="160" />
        <source>Sign in to keep and send your photos. You can try the camera now.</source>
        <translation>Sign in to keep and send your photos. You can try the camera now.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="164" />
        <source>Look straight at the camera in front of a plain white wall. When every check passes, take the photo. It is kept on this computer and sent to be used for your applications.</source>
        <translation>Look straight at the camera in front of a plain white wall. When every check passes, take the photo. It is kept on this computer and sent to be used for your applications.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="189" />
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="191" />
        <source>Older than 12 months: take a new photo</source>
        <translation>Older than 12 months: take a new photo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="203" />
        <source>No photos yet</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="212" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="214" />
        <source>Refused. %1</source>
        <translation>Refused. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="216" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="219" />
        <source>Saved on this computer — not sent yet, will try again</source>
        <translation>Saved on this computer — not sent yet, will try again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="221" />
        <source>Sending… %1%</source>
        <translation>Sending… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="222" />
        <source>Saved on this computer — will be sent</source>
        <translation>Saved on this computer — will be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="247" />
        <source>All checks pass: take the photo</source>
        <translation>All checks pass: take the photo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="281" />
        <source>No photo: exactly one face must be in the picture.</source>
        <translation>No photo: exactly one face must be in the picture.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="284" />
        <source>These checks did not pass: %1. The photo may be refused.</source>
        <translation>These checks did not pass: %1. The photo may be refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="286" />
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="298" />
        <source>The photo is saved on this computer. It is sent as soon as possible.</source>
        <translation>The photo is saved on this computer. It is sent as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="303" />
        <source>The photo could not be made from this picture. Try again.</source>
        <translation>The photo could not be made from this picture. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="304" />
        <source>The photo could not be saved on this computer.</source>
        <translation>The photo could not be saved on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="305" />
        <source>Sign in to keep and send your photos.</source>
        <translation>Sign in to keep and send your photos.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="143" />
        <source>This fine had already been paid. You were not charged again.</source>
        <translation>This fine had already been paid. You were not charged again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="146" />
        <source>This tax had already been paid. You were not charged again.</source>
        <translation>This tax had already been paid. You were not charged again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="149" />
        <source>The amount differs from what is due.</source>
        <translation>The amount differs from what is due.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="150" />
        <source>The payment was declined. Nothing was charged.</source>
        <translation>The payment was declined. Nothing was charged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="153" />
        <source>This fine no longer exists.</source>
        <translation>This fine no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="154" />
        <source>Too large to send.</source>
        <translation>Too large to send.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="155" />
        <source>The server could not accept this request.</source>
        <translation>The server could not accept this request.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="156" />
        <source>The server does not offer this yet.</source>
        <translation>The server does not offer this yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="157" />
        <source>The app made an error sending this. It has been kept and reported.</source>
        <translation>The app made an error sending this. It has been kept and reported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="167" />
        <source>The server refused this request.</source>
        <translation>The server refused this request.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="289" />
        <source>The server did not accept the address. Correct it and send it again.</source>
        <translation>The server did not accept the address. Correct it and send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="292" />
        <source>A chosen department no longer takes part in the address service. Choose again and send.</source>
        <translation>A chosen department no longer takes part in the address service. Choose again and send.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="349" />
        <source>Someone else took the last place at this time. Choose one of the nearest free times.</source>
        <translation>Someone else took the last place at this time. Choose one of the nearest free times.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="352" />
        <source>This time has already begun. Choose a later one.</source>
        <translation>This time has already begun. Choose a later one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="355" />
        <source>This time is no longer offered.</source>
        <translation>This time is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="356" />
        <source>You have already booked this time.</source>
        <translation>You have already booked this time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="357" />
        <source>This appointment no longer exists.</source>
        <translation>This appointment no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="358" />
        <source>This appointment is already cancelled.</source>
        <translation>This appointment is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="361" />
        <source>The time of this appointment has come or gone; it can no longer be changed.</source>
        <translation>The time of this appointment has come or gone; it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="364" />
        <source>This memo could not be saved. Save it again.</source>
        <translation>This memo could not be saved. Save it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="392" />
        <source>The photo is more than 12 months old.</source>
        <translation>The photo is more than 12 months old.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="393" />
        <source>The photo is not 1.5 × 1.8 inch.</source>
        <translation>The photo is not 1.5 × 1.8 inch.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="394" />
        <source>The photo is too small.</source>
        <translation>The photo is too small.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="395" />
        <source>The file is not a JPEG photo.</source>
        <translation>The file is not a JPEG photo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="396" />
        <source>The photo did not arrive. Take it again.</source>
        <translation>The photo did not arrive. Take it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="397" />
        <source>The photo did not arrive whole. Take it again.</source>
        <translation>The photo did not arrive whole. Take it again.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="306" />
        <source>1 week before</source>
        <translation>1 week before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="307" />
        <source>2 days before</source>
        <translation>2 days before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="308" />
        <source>1 day before</source>
        <translation>1 day before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="309" />
        <source>3 hours before</source>
        <translation>3 hours before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="310" />
        <source>1 hour before</source>
        <translation>1 hour before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="311" />
        <source>30 minutes before</source>
        <translation>30 minutes before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="312" />
        <source>15 minutes before</source>
        <translation>15 minutes before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="313" />
        <source>At the time</source>
        <translation>At the time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="317" />
        <source>%n minute(s) before</source>
        <translation>%n minute(s) before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="322" />
        <source>, </source>
        <comment>between two reminders in a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="79" />
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="84" />
        <source>Remind me:</source>
        <translation>Remind me:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="87" />
        <source>Reminders appear on this computer and on others where you sign in.</source>
        <translation>Reminders appear on this computer and on others where you sign in.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/reminders.py" line="66" />
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="68" />
        <source>Tomorrow %1</source>
        <translation>Tomorrow %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="80" />
        <source>Missed reminder: %1</source>
        <translation>Missed reminder: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="82" />
        <source>This reminder was due while the computer was off or asleep. It is at %1.</source>
        <translation>This reminder was due while the computer was off or asleep. It is at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="86" />
        <source>This reminder was due while the computer was off or asleep. It was at %1.</source>
        <translation>This reminder was due while the computer was off or asleep. It was at %1.</translation>
    </message>
</context>
<context>
    <name>RequestReview</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="422" />
        <source>Check your request before sending it</source>
        <translation>Check your request before sending it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="424" />
        <source>Request: change of address</source>
        <translation>Request: change of address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="424" />
        <source>Request: registration</source>
        <translation>Request: registration</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="426" />
        <source>New correspondence address</source>
        <translation>New correspondence address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="428" />
        <source>Minor children: %1</source>
        <translation>Minor children: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="429" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="432" />
        <source>lives at their own address:</source>
        <translation>lives at their own address:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="432" />
        <source>lives at the address above</source>
        <translation>lives at the address above</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="436" />
        <source>Departments to tell: %1</source>
        <translation>Departments to tell: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="442" />
        <source>When you send it, the request is saved on this computer first and sent as soon as there is a connection. Each department then processes it on its own; this page shows where each one stands.</source>
        <translation>When you send it, the request is saved on this computer first and sent as soon as there is a connection. Each department then processes it on its own; this page shows where each one stands.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="260" />
        <source>Change the time</source>
        <translation>Change the time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="267" />
        <source>Your ticket code stays the same; the QR code changes.</source>
        <translation>Your ticket code stays the same; the QR code changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="277" />
        <source>Move to this time</source>
        <translation>Move to this time</translation>
    </message>
</context>
<context>
    <name>SchoolBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="242" />
        <source>Class suspensions</source>
        <translation>Class suspensions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="244" />
        <source>No class-suspension notice saved.</source>
        <translation>No class-suspension notice saved.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="202" />
        <source>My services</source>
        <translation>My services</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="203" />
        <source>Find a service</source>
        <translation>Find a service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="204" />
        <source>Pay fines, taxes and bills</source>
        <translation>Pay fines, taxes and bills</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="206" />
        <source>Search services, e.g. 身份證, certidão, vehicle tax</source>
        <translation>Search services, e.g. 身份證, certidão, vehicle tax</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="207" />
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="208" />
        <source>Service categories</source>
        <translation>Service categories</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="209" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="210" />
        <source>Service details</source>
        <translation>Service details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="275" />
        <source>All services (%1)</source>
        <translation>All services (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="276" />
        <source>★ My favourites</source>
        <translation>★ My favourites</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="277" />
        <source>Recently used</source>
        <translation>Recently used</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="278" />
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="281" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="290" />
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="292" />
        <source>Not yet updated</source>
        <translation>Not yet updated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="307" />
        <source>No service matches “%1”.</source>
        <translation>No service matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="312" />
        <source>No services saved on this computer yet</source>
        <translation>No services saved on this computer yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="314" />
        <source>The catalogue of more than 600 government services appears here once it has been downloaded. After that it works without a connection.</source>
        <translation>The catalogue of more than 600 government services appears here once it has been downloaded. After that it works without a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="358" />
        <source>★ In my favourites</source>
        <translation>★ In my favourites</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="358" />
        <source>☆ Add to my favourites</source>
        <translation>☆ Add to my favourites</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="383" />
        <source>Choose a service to see how to apply.</source>
        <translation>Choose a service to see how to apply.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="387" />
        <source>Who may apply</source>
        <translation>Who may apply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="388" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="389" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="390" />
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="391" />
        <source>Where and when</source>
        <translation>Where and when</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="392" />
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="393" />
        <source>Following progress</source>
        <translation>Following progress</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="48" />
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="49" />
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>Cannot reach the server. Check the connection and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="52" />
        <source>The server is taking too long to answer. Try again later.</source>
        <translation>The server is taking too long to answer. Try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="55" />
        <source>The server sent an answer that could not be read.</source>
        <translation>The server sent an answer that could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="58" />
        <source>The demo server could not be started.</source>
        <translation>The demo server could not be started.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="62" />
        <source>Sign-in failed. Try again later.</source>
        <translation>Sign-in failed. Try again later.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="60" />
        <source>Sign in to One Account</source>
        <translation>Sign in to One Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="61" />
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="62" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="63" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="64" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="65" />
        <location filename="../../desktop/views/pages/account.py" line="66" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="68" />
        <source>Demo: sign in with username “demo” and password “demo”.</source>
        <translation>Demo: sign in with username “demo” and password “demo”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="75" />
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="80" />
        <source>Da&amp;y</source>
        <extracomment>The chosen slot changed (a Slot, or None). Enter or double click on a bookable time.</extracomment>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="81" />
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="82" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="83" />
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="121" />
        <source>%1 · closed: %2</source>
        <translation>%1 · closed: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="126" />
        <source>%1 · closed</source>
        <translation>%1 · closed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="129" />
        <source>%1 · no times</source>
        <translation>%1 · no times</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="131" />
        <source>%1 · full</source>
        <translation>%1 · full</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/appointment_widgets.py" line="133" />
        <location filename="../../desktop/views/appointment_widgets.py" line="164" />
        <source>%n place(s) free</source>
        <translation><numerusform>%n place(s) free</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="136" />
        <source>afternoon closed: %1</source>
        <translation>afternoon closed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="155" />
        <source>your booking</source>
        <translation>your booking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="157" />
        <source>your booking, not confirmed yet</source>
        <translation>your booking, not confirmed yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="160" />
        <source>begun</source>
        <translation>begun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="162" />
        <source>full</source>
        <translation>full</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="90" />
        <source>My submissions</source>
        <translation>My submissions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="91" />
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="92" />
        <source>Submission details</source>
        <translation>Submission details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="93" />
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="94" />
        <location filename="../../desktop/views/pages/submissions.py" line="203" />
        <source>Change and send again</source>
        <translation>Change and send again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="95" />
        <location filename="../../desktop/views/pages/submissions.py" line="215" />
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/submissions.py" line="130" />
        <source>%n need(s) your attention.</source>
        <translation><numerusform>%n needs your attention.</numerusform><numerusform>%n need your attention.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/submissions.py" line="132" />
        <source>%n not yet confirmed by the server.</source>
        <translation><numerusform>%n not yet confirmed by the server.</numerusform><numerusform>%n not yet confirmed by the server.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="133" />
        <source>Everything you sent has been received.</source>
        <translation>Everything you sent has been received.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="136" />
        <source>Nothing sent yet</source>
        <translation>Nothing sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="138" />
        <source>Payments and other requests you make appear here, with where each one is. They are saved on this computer first, so nothing is lost when the connection drops.</source>
        <translation>Payments and other requests you make appear here, with where each one is. They are saved on this computer first, so nothing is lost when the connection drops.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="167" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="168" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="169" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="170" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="171" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="175" />
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="180" />
        <source>Submission number</source>
        <translation>Submission number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="203" />
        <source>Pay with:</source>
        <translation>Pay with:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="216" />
        <source>Discard “%1”? It will not be sent. It stays in this list as discarded.</source>
        <translation>Discard “%1”? It will not be sent. It stays in this list as discarded.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="226" />
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="227" />
        <source>This cannot be done to this submission now.</source>
        <translation>This cannot be done to this submission now.</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="24" />
        <source>No connection to the server</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="25" />
        <source>The server is taking too long to answer</source>
        <translation>The server is taking too long to answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="26" />
        <source>The server reported an error</source>
        <translation>The server reported an error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="27" />
        <source>The server sent an answer that could not be read</source>
        <translation>The server sent an answer that could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="30" />
        <source>Your session has ended; please sign in again</source>
        <translation>Your session has ended; please sign in again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="33" />
        <source>The demo server could not be started</source>
        <translation>The demo server could not be started</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="36" />
        <source>The data on this computer could not be opened</source>
        <translation>The data on this computer could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="39" />
        <source>Another window of this app is sending your submissions</source>
        <translation>Another window of this app is sending your submissions</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/views/status.py" line="47" />
        <location filename="../../desktop/views/status.py" line="48" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="62" />
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="64" />
        <source>● Signing in…</source>
        <translation>● Signing in…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="66" />
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="68" />
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="70" />
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="72" />
        <source>● Not connected yet</source>
        <translation>● Not connected yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="80" />
        <source>Nothing waiting to be sent</source>
        <translation>Nothing waiting to be sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="83" />
        <source>%n waiting to be sent, the oldest since %1</source>
        <translation><numerusform>%n item waiting to be sent, since %1</numerusform><numerusform>%n items waiting to be sent, the oldest since %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="88" />
        <source>%n waiting to be sent</source>
        <translation><numerusform>%n item waiting to be sent</numerusform><numerusform>%n items waiting to be sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="90" />
        <source>%n need(s) your attention</source>
        <translation><numerusform>%n needs your attention</numerusform><numerusform>%n need your attention</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="93" />
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="95" />
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="99" />
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="234" />
        <source>Ticket code</source>
        <translation>Ticket code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="237" />
        <source>At the counter, scan this QR code at the ticket machine to take your ticket, or read out the ticket code. Arrive within your booked time.</source>
        <translation>At the counter, scan this QR code at the ticket machine to take your ticket, or read out the ticket code. Arrive within your booked time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="241" />
        <source>QR code of your appointment ticket</source>
        <translation>QR code of your appointment ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="242" />
        <source>Ticket code %1</source>
        <translation>Ticket code %1</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="28" />
        <source>Not available in this version yet</source>
        <translation>Not available in this version yet</translation>
    </message>
</context>
<context>
    <name>WeatherBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="147" />
        <source>Weather now</source>
        <translation>Weather now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="149" />
        <source>No weather report saved yet.</source>
        <translation>No weather report saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="157" />
        <source>High / low</source>
        <translation>High / low</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="158" />
        <source>Humidity</source>
        <translation>Humidity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="159" />
        <source>Feels like</source>
        <translation>Feels like</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="165" />
        <source>Wind</source>
        <translation>Wind</translation>
    </message>
</context>
</TS>