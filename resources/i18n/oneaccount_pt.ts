<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="149" />
        <source>Account and settings</source>
        <translation>Conta e definições</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="151" />
        <source>Signed in</source>
        <translation>Sessão iniciada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="152" />
        <location filename="../../desktop/views/pages/account.py" line="153" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="154" />
        <location filename="../../desktop/views/pages/account.py" line="155" />
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="156" />
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="158" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="159" />
        <source>High-contrast colours</source>
        <translation>Cores de alto contraste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="167" />
        <source>%1 (username %2)</source>
        <translation>%1 (utilizador %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="175" />
        <source>Your data is kept in %1; your sign-in is kept in memory only, until the app closes.</source>
        <translation>Os seus dados ficam em %1; a sua sessão fica apenas em memória, até fechar a aplicação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="181" />
        <source>This is your own computer. Your data is kept in %1 and your sign-in in the system's secure password store.</source>
        <translation>Este é o seu próprio computador. Os seus dados ficam em %1 e a sua sessão no cofre de palavras-passe seguro do sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="187" />
        <source>Assisted-service computer: everything of this session is erased when you sign out.</source>
        <translation>Computador de atendimento assistido: tudo o que for desta sessão é apagado quando terminar a sessão.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="192" />
        <source>Public kiosk: everything of this session is erased when you sign out or leave the kiosk unused.</source>
        <translation>Quiosque público: tudo o que for desta sessão é apagado quando terminar a sessão ou deixar o quiosque sem uso.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="197" />
        <source>Server: demo server on this computer, with demo data</source>
        <translation>Servidor: servidor de demonstração neste computador, com dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="199" />
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="202" />
        <source>Last sync: %1</source>
        <translation>Última sincronização: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="204" />
        <source>Not synced yet in this session</source>
        <translation>Ainda não sincronizado nesta sessão</translation>
    </message>
</context>
<context>
    <name>AddressError</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="216" />
        <source>Choose the district.</source>
        <translation>Escolha a zona.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="217" />
        <source>Enter the street, in Chinese or Portuguese (or both).</source>
        <translation>Indique a rua, em chinês ou em português (ou em ambos).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="220" />
        <source>Enter the child's name.</source>
        <translation>Indique o nome do filho ou filha.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="222" />
        <source>This is needed.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="224" />
        <source>At most %1 children in one request.</source>
        <translation>No máximo %1 filhos em cada pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="228" />
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado longo: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="229" />
        <source>Remove line breaks, tabs and other control characters.</source>
        <translation>Retire as mudanças de linha, tabulações e outros caracteres de controlo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="232" />
        <source>Enter a door number or a building name (or both).</source>
        <translation>Indique o número da porta ou o nome do edifício (ou ambos).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="235" />
        <source>Choose one of the districts in the list.</source>
        <translation>Escolha uma das zonas da lista.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="238" />
        <source>Choose at least one department.</source>
        <translation>Escolha pelo menos um serviço.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="239" />
        <source>At most %1 departments.</source>
        <translation>No máximo %1 serviços.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="240" />
        <source>A department is chosen twice.</source>
        <translation>Um serviço foi escolhido duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="241" />
        <source>A chosen department does not take part in the address service.</source>
        <translation>Um serviço escolhido não participa no serviço de morada.</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="53" />
        <source>&amp;District</source>
        <extracomment>The form's text fields (the names of :class:`AddressInput`) and how long each may be.</extracomment>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="54" />
        <source>&amp;Street (Chinese)</source>
        <translation>&amp;Rua (chinês)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="55" />
        <source>Street (&amp;Portuguese)</source>
        <translation>Rua (&amp;português)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="56" />
        <source>Door &amp;number</source>
        <translation>&amp;Número da porta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="57" />
        <source>&amp;Building (Chinese)</source>
        <translation>&amp;Edifício (chinês)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="58" />
        <source>Building (Portu&amp;guese)</source>
        <translation>Edifício (p&amp;ortuguês)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="59" />
        <source>&amp;Floor</source>
        <translation>&amp;Andar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="60" />
        <source>F&amp;lat</source>
        <translation>&amp;Fracção</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="137" />
        <source>e.g. 高士德大馬路</source>
        <translation>p. ex. 高士德大馬路</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="138" />
        <source>e.g. Avenida de Horta e Costa</source>
        <translation>p. ex. Avenida de Horta e Costa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="142" />
        <source>Choose the district…</source>
        <translation>Escolha a zona…</translation>
    </message>
</context>
<context>
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="184" />
        <source>Correspondence address</source>
        <extracomment>The request on the review screen (what "Send" queues).</extracomment>
        <translation>Endereço de correspondência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="185" />
        <source>Registered address</source>
        <translation>Morada registada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="186" />
        <source>Send again to the departments that failed…</source>
        <translation>Enviar de novo aos serviços que falharam…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="188" />
        <source>Progress of the latest request</source>
        <translation>Andamento do último pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="188" />
        <source>Address held by each department</source>
        <translation>Morada que cada serviço tem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="189" />
        <source>History of requests</source>
        <translation>Histórico dos pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="193" />
        <source>Address details</source>
        <translation>Detalhes da morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="194" />
        <source>Department</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="194" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="195" />
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="195" />
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="196" />
        <source>Address held</source>
        <translation>Morada que tem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="196" />
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="197" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="197" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="200" />
        <source>Write the address as it is written in Macao: in Chinese, in Portuguese or in both. Choose the departments to tell; each takes a few working days. Fields marked in red must be corrected before the request can be sent.</source>
        <translation>Escreva a morada como se escreve em Macau: em chinês, em português ou em ambos. Escolha os serviços a informar; cada um demora alguns dias úteis. Os campos assinalados a vermelho têm de ser corrigidos antes de enviar o pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="205" />
        <source>New correspondence address</source>
        <translation>Nova morada de correspondência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="206" />
        <source>Departments</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="207" />
        <source>Minor children (optional)</source>
        <translation>Filhos menores (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="208" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="209" />
        <source>&amp;Review…</source>
        <translation>Re&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="210" />
        <source>&amp;Back to the form</source>
        <translation>&amp;Voltar ao formulário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="211" />
        <source>&amp;Send the request</source>
        <translation>&amp;Enviar o pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="212" />
        <source>Everything that will be sent</source>
        <translation>Tudo o que vai ser enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="247" />
        <source>&amp;Change the address or the departments…</source>
        <translation>&amp;Mudar a morada ou os serviços…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="249" />
        <source>&amp;Register an address…</source>
        <translation>&amp;Registar uma morada…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="260" />
        <source>Your request: %1. It is sent as soon as there is a connection.</source>
        <translation>O seu pedido: %1. É enviado logo que houver ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="263" />
        <source>Your request of %1 is being processed by the departments. You can send another change when they have answered.</source>
        <translation>O seu pedido de %1 está a ser tratado pelos serviços. Pode enviar outra alteração quando todos tiverem respondido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="270" />
        <source>No correspondence address is registered yet.</source>
        <translation>Ainda não há morada de correspondência registada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="278" />
        <source>Child: %1, %2</source>
        <translation>Filho/filha: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="278" />
        <source>at this address</source>
        <translation>nesta morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="282" />
        <source>Held by %1 of %2 departments.</source>
        <translation>%1 de %2 serviços têm esta morada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="297" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="307" />
        <source>No request sent yet.</source>
        <translation>Ainda não enviou nenhum pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="309" />
        <source>Change of address</source>
        <translation>Alteração de morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="309" />
        <source>Registration</source>
        <translation>Registo de morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="311" />
        <source>%1 sent %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="332" />
        <source>No address registered</source>
        <translation>Sem morada registada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="334" />
        <source>Current address</source>
        <translation>Morada actual</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="336" />
        <source>Earlier address: %1</source>
        <translation>Morada anterior: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="404" />
        <source>Child %1: %2</source>
        <translation>Filho/filha %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/address.py" line="411" />
        <source>%n field(s) must be corrected before sending.</source>
        <translation>
            <numerusform>%n campo tem de ser corrigido antes de enviar.</numerusform>
            <numerusform>%n campos têm de ser corrigidos antes de enviar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="445" />
        <source>The request could not be saved. Try again.</source>
        <translation>Não foi possível guardar o pedido. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="446" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="451" />
        <source>A request about your address is already saved or being processed. It will not be sent twice; you can send another change when the departments have answered it.</source>
        <translation>Já há um pedido sobre a sua morada guardado ou em tratamento. Não será enviado duas vezes; pode enviar outra alteração quando os serviços tiverem respondido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/address.py" line="454" />
        <source>Already on its way</source>
        <translation>Já está a caminho</translation>
    </message>
</context>
<context>
    <name>AddressState</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="251" />
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="252" />
        <source>Processing</source>
        <translation>Em tratamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="253" />
        <source>Done</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="254" />
        <source>Failed</source>
        <translation>Não actualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="256" />
        <source>Waiting</source>
        <translation>A aguardar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="262" />
        <source>In progress: %1 of %2 departments finished</source>
        <translation>Em tratamento: %1 de %2 serviços concluíram</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="264" />
        <source>Done: all %2 departments took the address</source>
        <translation>Concluído: os %2 serviços actualizaram a morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="266" />
        <source>Not taken: every department failed</source>
        <translation>Não actualizada: nenhum serviço actualizou a morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="268" />
        <source>Done, but %3 of %2 departments failed</source>
        <translation>Concluído, mas %3 de %2 serviços não actualizaram</translation>
    </message>
</context>
<context>
    <name>AirBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="181" />
        <source>Air quality</source>
        <translation>Qualidade do ar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="183" />
        <source>No air-quality report saved yet.</source>
        <translation>Ainda não há relatório da qualidade do ar guardado.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="135" />
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="138" />
        <source>Civil Protection hotline: %1</source>
        <translation>Linha aberta da Proteção Civil: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="141" />
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="318" />
        <location filename="../../desktop/views/pages/appointments.py" line="319" />
        <source>Appointments</source>
        <extracomment>The resident wants to see the memo (我的備忘).</extracomment>
        <translation>Marcações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="327" />
        <source>&amp;Book an appointment</source>
        <translation>&amp;Marcar atendimento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="328" />
        <source>&amp;My appointments (%1)</source>
        <translation>As minhas &amp;marcações (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="366" />
        <source>Already on its way</source>
        <translation>Já está a caminho</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="368" />
        <source>You have booked this time already, or a change of this booking is on its way. Nothing was booked twice.</source>
        <translation>Já marcou este horário, ou uma alteração desta marcação está a caminho. Nada foi marcado duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="373" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="373" />
        <source>This could not be saved. Try again.</source>
        <translation>Não foi possível guardar. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="94" />
        <source>My apps</source>
        <extracomment>Apps this version has (the main window knows where each one opens).</extracomment>
        <translation>As minhas aplicações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="95" />
        <source>Open an app, or see what the others will hold when they come.</source>
        <translation>Abra uma aplicação, ou veja o que as outras vão conter quando chegarem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="97" />
        <source>My health</source>
        <translation>A minha saúde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="97" />
        <source>Your health records and vaccination history.</source>
        <translation>Os seus registos de saúde e o histórico de vacinação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="99" />
        <source>Card wallet</source>
        <translation>Carteira de cartões</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="100" />
        <source>Your eID and member cards, shown even without a connection.</source>
        <translation>O seu eID e cartões de membro, visíveis mesmo sem ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="103" />
        <source>My vehicles</source>
        <translation>Os meus veículos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="104" />
        <source>Bind your registered vehicles; licence and insurance dates.</source>
        <translation>Associe os seus veículos registados; datas da licença e do seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="107" />
        <source>My vouchers</source>
        <translation>Os meus vales</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="108" />
        <source>Medical voucher and continuing-education balances; transfers to family.</source>
        <translation>Saldos do vale de saúde e do programa de formação contínua; transferências para a família.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="111" />
        <source>My photos</source>
        <translation>As minhas fotografias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="112" />
        <source>Identification photos taken with the webcam for documents.</source>
        <translation>Fotografias para documentos de identificação, tiradas com a câmara.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="114" />
        <source>My memo</source>
        <translation>O meu memorando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="114" />
        <source>Appointment reminders and your own notes.</source>
        <translation>Lembretes de marcações e as suas notas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="116" />
        <source>My transactions</source>
        <translation>Os meus processos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="117" />
        <source>Your history, and the certificates and licences issued to you.</source>
        <translation>O seu histórico e as certidões e licenças emitidas em seu nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="125" />
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="126" />
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="128" />
        <source>Not available in this version yet</source>
        <translation>Ainda não disponível nesta versão</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="94" />
        <source>As of %1</source>
        <extracomment>Official warning colours by severity 0..5 (information; then blue → black as on the storm-surge scale). Text on each of those colours with enough contrast. Border and air levels: 1 good … 5 worst.</extracomment>
        <translation>Dados de %1</translation>
    </message>
</context>
<context>
    <name>BookingPanel</name>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="132" />
        <source>&amp;Department</source>
        <translation>&amp;Serviço público</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="133" />
        <source>Department</source>
        <translation>Serviço público</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="134" />
        <location filename="../../desktop/views/pages/appointments.py" line="135" />
        <source>Filter services</source>
        <translation>Filtrar serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="136" />
        <source>&amp;Service</source>
        <translation>&amp;Serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="137" />
        <source>Services that take appointments</source>
        <translation>Serviços com marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="138" />
        <source>About this service</source>
        <translation>Sobre este serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="139" />
        <source>&amp;Place</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="140" />
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="151" />
        <source>All departments</source>
        <translation>Todos os serviços públicos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="223" />
        <source>All places</source>
        <translation>Todos os locais</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="230" />
        <source>Choose a service to see its times.</source>
        <translation>Escolha um serviço para ver os horários.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="232" />
        <source>The services that take appointments have not been downloaded yet.</source>
        <translation>Os serviços com marcação ainda não foram descarregados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="244" />
        <source>What to bring</source>
        <translation>O que levar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/appointments.py" line="247" />
        <source>About %n minute(s) at the counter.</source>
        <translation>
            <numerusform>Cerca de %n minuto no balcão.</numerusform>
            <numerusform>Cerca de %n minutos no balcão.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="253" />
        <source>Opening hours: %1</source>
        <translation>Horário de funcionamento: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="255" />
        <source>Closed on public holidays.</source>
        <translation>Encerrado nos feriados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="266" />
        <source>Free times have not been downloaded yet.</source>
        <translation>Os horários livres ainda não foram descarregados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="270" />
        <source>Free places as of %1. The server confirms your booking when it receives it.</source>
        <translation>Vagas livres em %1. O servidor confirma a marcação quando a receber.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="278" />
        <source>Book</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/appointments.py" line="280" />
        <source>Book %1</source>
        <translation>Marcar %1</translation>
    </message>
</context>
<context>
    <name>BorderBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="203" />
        <source>Border checkpoints</source>
        <translation>Postos fronteiriços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="205" />
        <source>No checkpoint status saved yet.</source>
        <translation>Ainda não há estado dos postos fronteiriços guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="213" />
        <source>Entering Macao</source>
        <translation>Entrada em Macau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="214" />
        <source>Leaving Macao</source>
        <translation>Saída de Macau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="234" />
        <source>%1 (about %2 min)</source>
        <translation>%1 (cerca de %2 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="237" />
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
</context>
<context>
    <name>CameraFailure</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="83" />
        <source>No camera was found. Connect a camera, or choose another source.</source>
        <translation>Não foi encontrada nenhuma câmara. Ligue uma câmara ou escolha outra fonte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="86" />
        <source>The camera is being used by another program. Close that program and try again.</source>
        <translation>A câmara está a ser usada por outro programa. Feche esse programa e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="89" />
        <source>This computer does not allow the app to use the camera. Allow camera access in the system settings and try again.</source>
        <translation>Este computador não permite que a aplicação use a câmara. Autorize o acesso à câmara nas definições do sistema e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="94" />
        <source>The camera stopped sending pictures. Check its cable and try again.</source>
        <translation>A câmara deixou de enviar imagens. Verifique o cabo e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="97" />
        <source>The chosen file is not there any more. Choose another source.</source>
        <translation>O ficheiro escolhido já não existe. Escolha outra fonte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="100" />
        <source>The chosen file is not a picture or video that can be read.</source>
        <translation>O ficheiro escolhido não é uma imagem ou vídeo que se possa ler.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="102" />
        <source>The camera could not be started. Try again.</source>
        <translation>Não foi possível ligar a câmara. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="166" />
        <source>Camera:</source>
        <extracomment>Why the camera failed, in words: painted in the preview, said as its accessible description.</extracomment>
        <translation>Câmara:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="167" />
        <source>Camera or file to use</source>
        <translation>Câmara ou ficheiro a usar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="168" />
        <source>Camera picture</source>
        <translation>Imagem da câmara</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="169" />
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="171" />
        <source>Start the camera again</source>
        <translation>Ligar a câmara de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="177" />
        <location filename="../../desktop/views/photo_widgets.py" line="223" />
        <source>Starting the camera…</source>
        <translation>A ligar a câmara…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="184" />
        <source>Camera %1</source>
        <translation>Câmara %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="187" />
        <source>Picture or video file…</source>
        <translation>Ficheiro de imagem ou vídeo…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="197" />
        <source>Choose a picture or video</source>
        <translation>Escolher uma imagem ou vídeo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="199" />
        <source>Pictures and videos</source>
        <translation>Imagens e vídeos</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="278" />
        <source>Child</source>
        <translation>Filho/filha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="300" />
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="283" />
        <source>Child's name</source>
        <translation>Nome do filho ou filha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="285" />
        <source>Lives at &amp;my address</source>
        <translation>Vive na &amp;minha morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="287" />
        <source>Lives at my address</source>
        <translation>Vive na minha morada</translation>
    </message>
</context>
<context>
    <name>ChildrenEditor</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="349" />
        <source>Add a c&amp;hild…</source>
        <translation>Acrescentar fil&amp;ho/filha…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="350" />
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="351" />
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="352" />
        <source>Add a child</source>
        <translation>Acrescentar filho ou filha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="353" />
        <source>Change the chosen child</source>
        <translation>Alterar o filho ou filha escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="354" />
        <source>Remove the chosen child</source>
        <translation>Retirar o filho ou filha escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="355" />
        <source>Minor children in this request</source>
        <translation>Filhos menores incluídos neste pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="364" />
        <source>%1 — lives at my address</source>
        <translation>%1 — vive na minha morada</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message numerus="yes">
        <location filename="../../desktop/views/address_widgets.py" line="206" />
        <source>Select &amp;all %n department(s)</source>
        <translation>
            <numerusform>Seleccionar &amp;todos (%n serviço)</numerusform>
            <numerusform>Seleccionar &amp;todos os %n serviços</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="208" />
        <source>Departments to tell</source>
        <translation>Serviços a informar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="209" />
        <location filename="../../desktop/views/address_widgets.py" line="251" />
        <source>Press Space to choose or leave out a department.</source>
        <translation>Prima a barra de espaços para escolher ou retirar um serviço.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="268" />
        <source>%1 of %2 chosen</source>
        <translation>%1 de %2 escolhidos</translation>
    </message>
</context>
<context>
    <name>EidCourses</name>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="106" />
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="108" />
        <source>Show the code to sign in to the chosen course</source>
        <translation>Mostrar o código de registo de entrada no curso escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="110" />
        <source>Sign out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="112" />
        <source>Show the code to sign out of the chosen course</source>
        <translation>Mostrar o código de registo de saída do curso escolhido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="114" />
        <source>Your courses</source>
        <translation>Os seus cursos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="123" />
        <source>Choose a course, then Sign in or Sign out.</source>
        <translation>Escolha um curso e depois «Registar entrada» ou «Registar saída».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="137" />
        <source>Next session: %1</source>
        <translation>Próxima sessão: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="140" />
        <source>No continuing-education courses yet</source>
        <translation>Ainda não tem cursos de aperfeiçoamento contínuo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="145" />
        <source>%1: MOP %2 left of MOP %3</source>
        <translation>%1: restam MOP %2 de MOP %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="146" />
        <source>Continuing Education Development Programme</source>
        <translation>Programa de Desenvolvimento e Aperfeiçoamento Contínuo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="151" />
        <source>The programme's balance is shown here once it has been downloaded.</source>
        <translation>O saldo do programa aparece aqui depois de ser descarregado.</translation>
    </message>
</context>
<context>
    <name>EidField</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="93" />
        <source>(not on record)</source>
        <translation>(sem registo)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="96" />
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="98" />
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>EidHistory</name>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="44" />
        <source>Consent history</source>
        <translation>Histórico de consentimentos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="45" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="45" />
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="46" />
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="46" />
        <source>Details</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="49" />
        <source>Shared</source>
        <translation>Fornecido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_panels.py" line="50" />
        <source>Refused</source>
        <translation>Recusado</translation>
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
        <translation>Mostrar eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="125" />
        <source>Scan to provide data</source>
        <translation>Ler código para fornecer dados</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="126" />
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="127" />
        <source>Consent history</source>
        <translation>Histórico de consentimentos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="132" />
        <source>Look at the camera for a moment so that it can see it is you.</source>
        <translation>Olhe para a câmara por um momento, para confirmar que é o próprio.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="132" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="135" />
        <source>Hold the institution's QR code up to the camera, or load a picture of it.</source>
        <translation>Mostre à câmara o código QR da instituição, ou carregue uma imagem dele.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="137" />
        <source>Load a picture of the code…</source>
        <translation>Carregar imagem do código…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="138" />
        <source>Load a picture of the institution's QR code</source>
        <translation>Carregar uma imagem do código QR da instituição</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="140" />
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="141" />
        <source>Done: close the code</source>
        <translation>Concluído: fechar o código</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="150" />
        <source>Opening your eID…</source>
        <translation>A abrir o seu eID…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="152" />
        <source>eID lives on the resident's own computer</source>
        <translation>O eID só existe no computador do próprio residente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="154" />
        <source>For your privacy, eID cannot be set up or shown on a shared computer such as a kiosk or a community-centre PC. Use it on your own computer with Macao One Account.</source>
        <translation>Para proteger a sua privacidade, o eID não pode ser activado nem mostrado num computador partilhado, como um quiosque ou um computador de um centro comunitário. Use-o no seu próprio computador com a Conta Única de Macau.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="160" />
        <source>This computer cannot keep an eID</source>
        <translation>Este computador não pode guardar um eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="161" />
        <source>eID needs the computer's secure key store, and none is available here.</source>
        <translation>O eID precisa do cofre de chaves seguro do computador, e aqui não há nenhum disponível.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="164" />
        <source>Sign in to use eID</source>
        <translation>Inicie sessão para usar o eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="166" />
        <source>Set up eID on this computer</source>
        <translation>Activar o eID neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="168" />
        <source>Your eID is kept on this computer only. Setting it up takes a moment: the camera checks that it is you, and a key is made and kept in the computer's key store. If you had eID on another computer, it stops working there.</source>
        <translation>O seu eID fica guardado apenas neste computador. A activação demora um momento: a câmara confirma que é o próprio, e é criada uma chave, guardada no cofre de chaves do computador. Se tinha o eID noutro computador, deixa de funcionar nesse.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="172" />
        <location filename="../../desktop/views/pages/eid.py" line="177" />
        <source>Set up eID</source>
        <translation>Activar o eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="175" />
        <source>Your eID was set up on another computer</source>
        <translation>O seu eID foi activado noutro computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="176" />
        <source>It no longer works on this one. Set it up here again to use it here.</source>
        <translation>Deixou de funcionar neste computador. Para o usar aqui, active-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="207" />
        <source>Some of your details have changed. Set up eID again to bring them up to date.</source>
        <translation>Alguns dos seus dados mudaram. Active o eID de novo para os actualizar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="208" />
        <source>Set up again</source>
        <translation>Activar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="228" />
        <source>Setting up your eID…</source>
        <translation>A activar o seu eID…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="228" />
        <source>This takes a few seconds.</source>
        <translation>Isto demora alguns segundos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="246" />
        <source>eID could not be set up</source>
        <translation>Não foi possível activar o eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="248" />
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="263" />
        <source>%1 — show this code to be identified</source>
        <translation>%1 — mostre este código para se identificar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="265" />
        <source>eID code of %1</source>
        <translation>Código eID de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/eid.py" line="268" />
        <location filename="../../desktop/views/pages/eid.py" line="284" />
        <source>New code in %n second(s)</source>
        <translation>
            <numerusform>Novo código dentro de %n segundo</numerusform>
            <numerusform>Novo código dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="275" />
        <source>This code has expired. Scan the request again.</source>
        <translation>Este código expirou. Leia de novo o pedido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/eid.py" line="278" />
        <source>Valid for %n more second(s)</source>
        <translation>
            <numerusform>Válido por mais %n segundo</numerusform>
            <numerusform>Válido por mais %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="308" />
        <source>Sign in to %1</source>
        <translation>Registar entrada em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="308" />
        <source>Sign out of %1</source>
        <translation>Registar saída de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="321" />
        <source>Load a picture of the code</source>
        <translation>Carregar imagem do código</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="323" />
        <source>Pictures</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="357" />
        <source>Purpose:</source>
        <translation>Finalidade:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="358" />
        <source>Demo institution: for trying eID out, not a real one.</source>
        <translation>Instituição de demonstração: serve para experimentar o eID, não é real.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="359" />
        <source>%1 asks for these details. Untick any you do not want to give:</source>
        <translation>%1 pede estes dados. Desmarque os que não quiser fornecer:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="361" />
        <source>When you agree, the camera checks it is you; then a code with only the ticked details is shown for two minutes.</source>
        <translation>Quando concordar, a câmara confirma que é o próprio; depois é mostrado, durante dois minutos, um código só com os dados marcados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="364" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="365" />
        <source>Agree and share</source>
        <translation>Concordar e fornecer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="366" />
        <source>Refuse</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="391" />
        <source>Show this code to %1</source>
        <translation>Mostre este código a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="394" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="397" />
        <source>Only these details are in the code: %1</source>
        <translation>O código contém apenas estes dados: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/eid.py" line="407" />
        <source>You refused. Nothing was shared.</source>
        <translation>Recusou. Nada foi fornecido.</translation>
    </message>
</context>
<context>
    <name>EidPresence</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="307" />
        <source>Hold still…</source>
        <translation>Não se mexa…</translation>
    </message>
</context>
<context>
    <name>EidReason</name>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="42" />
        <source>This is not an eID code.</source>
        <extracomment>Device pixels per QR module at least (at 3 OpenCV misses about one code in twelve); the widget uses more whenever the window leaves room. Frames in a row with exactly one face before the presence check passes (about a second of video). Section titles inside a page (the app's style sheet sizes only the page heading).</extracomment>
        <translation>Isto não é um código eID.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="43" />
        <source>This eID code is of a newer kind. Update the app.</source>
        <translation>Este código eID é de um tipo mais recente. Actualize a aplicação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="44" />
        <source>This code is too long to be an eID code.</source>
        <translation>Este código é demasiado longo para ser um código eID.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="45" />
        <source>This is another kind of eID code than expected here.</source>
        <translation>Este código eID é de outro tipo do que o esperado aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="46" />
        <source>The code is signed with a key that is not published.</source>
        <translation>O código está assinado com uma chave que não foi publicada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="47" />
        <source>The institution is not registered with Macao One Account.</source>
        <translation>A instituição não está registada na Conta Única de Macau.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="50" />
        <source>The signature does not match: the code was changed or forged.</source>
        <translation>A assinatura não corresponde: o código foi alterado ou falsificado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="53" />
        <source>A shared detail does not match what was certified.</source>
        <translation>Um dos dados fornecidos não corresponde ao que foi certificado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="54" />
        <source>This eID was revoked.</source>
        <translation>Este eID foi revogado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="55" />
        <source>The code has expired. Ask for a new one.</source>
        <translation>O código expirou. Peça um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="56" />
        <source>The code is not valid yet. Check the computer's clock.</source>
        <translation>O código ainda não é válido. Verifique o relógio do computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="57" />
        <source>The code claims to be valid for too long.</source>
        <translation>O código indica uma validade demasiado longa.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="58" />
        <source>Your eID has expired. Set it up again.</source>
        <translation>O seu eID expirou. Active-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="59" />
        <source>The answer must be checked against the request.</source>
        <translation>A resposta tem de ser verificada em relação ao pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="60" />
        <source>The answer belongs to another request.</source>
        <translation>A resposta pertence a outro pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="61" />
        <source>The answer was made for another institution.</source>
        <translation>A resposta foi feita para outra instituição.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="62" />
        <source>The code is for another course.</source>
        <translation>O código é de outro curso.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="63" />
        <source>The answer shares details that were not asked for.</source>
        <translation>A resposta fornece dados que não foram pedidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="64" />
        <source>This code was already used.</source>
        <translation>Este código já foi usado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="65" />
        <source>eID is only available on the resident's own computer.</source>
        <translation>O eID só está disponível no computador do próprio residente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="66" />
        <source>The key on this computer does not match your eID. Set it up again.</source>
        <translation>A chave deste computador não corresponde ao seu eID. Active-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="69" />
        <source>Choose at least one of the requested details.</source>
        <translation>Escolha pelo menos um dos dados pedidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="70" />
        <source>Your face must be seen by the camera just before.</source>
        <translation>A câmara tem de ter visto a sua cara momentos antes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="71" />
        <source>The set-up took too long. Try again.</source>
        <translation>A activação demorou demasiado. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="72" />
        <source>This computer's key is already used by another eID.</source>
        <translation>A chave deste computador já é usada por outro eID.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="73" />
        <source>A detail has the wrong form.</source>
        <translation>Um dos dados tem um formato errado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="74" />
        <source>The list of revoked eIDs is older than the one already held.</source>
        <translation>A lista de eID revogados é mais antiga do que a que já existe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="75" />
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Não é possível contactar o servidor. Verifique a ligação e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="78" />
        <source>Sign in first.</source>
        <translation>Inicie sessão primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="79" />
        <source>This computer has no secure key store, so it cannot hold an eID.</source>
        <translation>Este computador não tem um cofre de chaves seguro e, por isso, não pode guardar um eID.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="82" />
        <source>Your face could not be confirmed. Try again in good light.</source>
        <translation>Não foi possível confirmar a sua cara. Tente de novo com boa luz.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="85" />
        <source>No QR code was found in this picture.</source>
        <translation>Não foi encontrado nenhum código QR nesta imagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="86" />
        <source>This file is not a picture.</source>
        <translation>Este ficheiro não é uma imagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/eid_widgets.py" line="88" />
        <source>Something went wrong. Try again later.</source>
        <translation>Ocorreu um erro. Tente de novo mais tarde.</translation>
    </message>
</context>
<context>
    <name>FeedCategory</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="88" />
        <source>Alerts</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="89" />
        <source>Civil protection</source>
        <translation>Proteção civil</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="90" />
        <source>Weather</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="91" />
        <source>Air quality</source>
        <translation>Qualidade do ar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="92" />
        <source>Border checkpoints</source>
        <translation>Postos fronteiriços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="93" />
        <source>Class suspensions</source>
        <translation>Suspensão das aulas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="94" />
        <source>Government news</source>
        <translation>Notícias do Governo</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="218" />
        <source>My information</source>
        <translation>A minha informação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="219" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="220" />
        <source>Information feed</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="221" />
        <source>Selected information</source>
        <translation>Informação selecionada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="223" />
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="224" />
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="307" />
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="307" />
        <source>Not yet updated</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="338" />
        <source>Nothing here yet</source>
        <translation>Ainda não há nada aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="340" />
        <source>Sign in to see official alerts, weather, air quality, border checkpoints, class suspensions and government news. They stay available when you are offline.</source>
        <translation>Inicie sessão para ver os avisos oficiais, o tempo, a qualidade do ar, os postos fronteiriços, a suspensão das aulas e as notícias do Governo. Continuam disponíveis sem ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="346" />
        <source>No information saved on this computer yet</source>
        <translation>Ainda não há informação guardada neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="347" />
        <source>Information appears here as soon as it has been downloaded from the server.</source>
        <translation>A informação aparece aqui assim que for transferida do servidor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="223" />
        <source>Missed while this computer was off:</source>
        <extracomment>Section ids in navigation order (also the screenshot command's --page names). Where each section's page class lives. Pages are built the first time they are shown, so the window paints the first section without paying for the others. The first section shown has its first content (once); background work may start. The pages built so far (see PAGE_CLASSES).</extracomment>
        <translation>Perdido enquanto este computador estava desligado:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="241" />
        <location filename="../../desktop/views/main_window.py" line="242" />
        <source>Macao One Account</source>
        <translation>Conta Única de Macau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="243" />
        <source>DEMO</source>
        <translation>DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="244" />
        <location filename="../../desktop/views/main_window.py" line="245" />
        <source>Demo mode: a server on this computer with made-up data</source>
        <translation>Modo de demonstração: um servidor neste computador com dados fictícios</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="247" />
        <source>Kiosk</source>
        <translation>Quiosque</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="247" />
        <source>Assisted service</source>
        <translation>Atendimento assistido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="249" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="250" />
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="252" />
        <source>My information</source>
        <translation>A minha informação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>My services</source>
        <translation>Os meus serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="254" />
        <source>My apps</source>
        <translation>As minhas aplicações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="255" />
        <source>My opinions</source>
        <translation>As minhas opiniões</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="256" />
        <source>Appointments</source>
        <translation>Marcações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="258" />
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="259" />
        <source>My submissions</source>
        <translation>Os meus pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="260" />
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="266" />
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="280" />
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="296" />
        <source>You are offline. Showing what is saved on this computer.</source>
        <translation>Está sem ligação. A mostrar o que está guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="298" />
        <source>The server is not answering properly. Showing what is saved on this computer.</source>
        <translation>O servidor não está a responder corretamente. A mostrar o que está guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="300" />
        <source>Last updated %1.</source>
        <translation>Última atualização: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="301" />
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="319" />
        <source>Show</source>
        <translation>Ver</translation>
    </message>
</context>
<context>
    <name>MemoDialog</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="107" />
        <source>Memo</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="107" />
        <source>New memo</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="112" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="119" />
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="122" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="125" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="126" />
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="127" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="128" />
        <source>Remind me:</source>
        <translation>Lembrar-me:</translation>
    </message>
</context>
<context>
    <name>MemoPage</name>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="208" />
        <source>My memo</source>
        <extracomment>The resident wants to see the appointment a memo is about (its id).</extracomment>
        <translation>O meu memorando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="211" />
        <source>Your own notes and your appointment reminders. They follow you to every computer where you sign in.</source>
        <translation>As suas notas e os lembretes das suas marcações. Acompanham-no em todos os computadores onde inicia sessão.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <location filename="../../desktop/views/pages/memo.py" line="295" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="215" />
        <location filename="../../desktop/views/pages/memo.py" line="295" />
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="216" />
        <source>Memo items</source>
        <translation>Notas do memorando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="217" />
        <source>Memo details</source>
        <translation>Pormenores da nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="218" />
        <source>&amp;New memo…</source>
        <translation>&amp;Nova nota…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="219" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="220" />
        <source>&amp;Delete</source>
        <translation>&amp;Apagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="221" />
        <source>Show the &amp;appointment</source>
        <translation>Ver a &amp;marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="230" />
        <source>Not saved — needs your attention</source>
        <translation>Não guardado — precisa da sua atenção</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="232" />
        <source>Saved on this computer — not on the server yet</source>
        <translation>Guardado neste computador — ainda não está no servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="236" />
        <source>Appointment cancelled — no reminders</source>
        <translation>Marcação cancelada — sem lembretes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="237" />
        <source>No reminder</source>
        <translation>Sem lembrete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="259" />
        <source>Coming up</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="259" />
        <source>Earlier</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="266" />
        <source>(appointment)</source>
        <translation>(marcação)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="287" />
        <source>Choose a memo item, or write a new one.</source>
        <translation>Escolha uma nota ou escreva uma nova.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="290" />
        <source>Nothing in your memo yet. Write a note, or add a reminder to an appointment you booked.</source>
        <translation>O seu memorando ainda está vazio. Escreva uma nota ou acrescente um lembrete a uma marcação que fez.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="299" />
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="300" />
        <source>Ticket code</source>
        <translation>Código da senha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="325" />
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="326" />
        <source>Delete “%1” from your memo? Its reminders go too.</source>
        <translation>Apagar «%1» do seu memorando? Os lembretes também são apagados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="337" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="337" />
        <source>The memo could not be saved. Try again.</source>
        <translation>Não foi possível guardar a nota. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>MyAppointmentsPanel</name>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <source>When</source>
        <extracomment>The resident wants to see the memo (this booking's reminders are there).</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <location filename="../../desktop/views/appointment_mine.py" line="376" />
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="118" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="119" />
        <source>My appointments</source>
        <translation>As minhas marcações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="120" />
        <source>Appointment details</source>
        <translation>Pormenores da marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="121" />
        <source>&amp;Reminders in my memo…</source>
        <translation>&amp;Lembretes no memorando…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="122" />
        <source>C&amp;hange the time…</source>
        <translation>Alterar o &amp;horário…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="123" />
        <source>&amp;Cancel the appointment…</source>
        <translation>&amp;Cancelar a marcação…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="124" />
        <source>&amp;Discard this booking</source>
        <translation>&amp;Descartar esta marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="125" />
        <source>&amp;Print the slip…</source>
        <translation>&amp;Imprimir o talão…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="126" />
        <source>&amp;Save the slip as PDF…</source>
        <translation>&amp;Guardar o talão em PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="127" />
        <source>Open my &amp;memo</source>
        <translation>Abrir o &amp;memorando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="136" />
        <source>Saved on this computer — not confirmed yet. It is sent when there is a connection.</source>
        <translation>Guardada neste computador — ainda não confirmada. É enviada quando houver ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="139" />
        <source>Sending — not confirmed yet</source>
        <translation>A enviar — ainda não confirmada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="144" />
        <source>Not booked: %1</source>
        <translation>Não marcada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="146" />
        <source>Cancelling — saved on this computer, not confirmed yet</source>
        <translation>A cancelar — guardado neste computador, ainda não confirmado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="149" />
        <source>Moving to %1 — not confirmed yet</source>
        <translation>A mudar para %1 — ainda não confirmado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="151" />
        <location filename="../../desktop/views/appointment_mine.py" line="168" />
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="153" />
        <location filename="../../desktop/views/appointment_mine.py" line="173" />
        <source>Time passed</source>
        <translation>Já passou</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="157" />
        <source>Booked. Your change was refused: %1</source>
        <translation>Marcada. A alteração foi recusada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="158" />
        <source>Booked — confirmed, updating</source>
        <translation>Marcada — confirmada, a atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="158" />
        <source>Booked — confirmed</source>
        <translation>Marcada — confirmada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="163" />
        <source>Saved on this computer</source>
        <translation>Guardada neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="164" />
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="165" />
        <source>Not booked</source>
        <translation>Não marcada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="166" />
        <source>Cancelling</source>
        <translation>A cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="167" />
        <source>Moving</source>
        <translation>A mudar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="174" />
        <source>Booked</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="194" />
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="194" />
        <source>Past and cancelled</source>
        <translation>Passadas e canceladas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="252" />
        <source>Choose an appointment to see its ticket.</source>
        <translation>Escolha uma marcação para ver a senha.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="254" />
        <source>You have no appointments yet. Book one on the first tab.</source>
        <translation>Ainda não tem marcações. Marque no primeiro separador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="262" />
        <location filename="../../desktop/views/appointment_mine.py" line="377" />
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="263" />
        <location filename="../../desktop/views/appointment_mine.py" line="378" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="264" />
        <location filename="../../desktop/views/appointment_mine.py" line="379" />
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="268" />
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="270" />
        <source>What to bring</source>
        <translation>O que levar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="302" />
        <source>Nearest free times — one click books it instead:</source>
        <translation>Horários livres mais próximos — um clique marca em vez deste:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="308" />
        <source>Book %1 · %2</source>
        <translation>Marcar %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/appointment_mine.py" line="312" />
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n vaga livre</numerusform>
            <numerusform>%n vagas livres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="357" />
        <source>Cancel your appointment “%1” on %2? The place goes to someone else, and its reminders are taken out of your memo.</source>
        <translation>Cancelar a marcação «%1» de %2? A vaga passa para outra pessoa e os lembretes saem do seu memorando.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="362" />
        <source>Cancel the appointment</source>
        <translation>Cancelar a marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="383" />
        <source>Counter appointment</source>
        <translation>Marcação de atendimento ao balcão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="385" />
        <source>Ticket code</source>
        <translation>Código da senha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="389" />
        <source>Scan the QR code at the ticket machine to take your ticket, or read out the ticket code at the counter. Arrive within your booked time.</source>
        <translation>Leia o código QR na máquina de senhas para tirar a senha, ou diga o código da senha no balcão. Chegue dentro do horário marcado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="405" />
        <source>Save the slip as PDF</source>
        <translation>Guardar o talão em PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="405" />
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="417" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_mine.py" line="417" />
        <source>The slip could not be saved there.</source>
        <translation>Não foi possível guardar o talão nesse local.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="67" />
        <source>The data saved on this computer was damaged and could not be read. It has been kept aside as {file} and is being downloaded again from the server.</source>
        <translation>Os dados guardados neste computador estavam danificados e não puderam ser lidos. Foram guardados à parte como {file} e estão a ser transferidos de novo do servidor.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="73" />
        <source>The data saved on this computer was written by a newer version of this app. It has been kept aside as {file} and is being downloaded again from the server.</source>
        <translation>Os dados guardados neste computador foram escritos por uma versão mais recente desta aplicação. Foram guardados à parte como {file} e estão a ser transferidos de novo do servidor.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="79" />
        <source>This computer has no secure password store, so you will need to sign in again next time.</source>
        <translation>Este computador não tem um cofre de palavras-passe seguro; da próxima vez terá de iniciar sessão de novo.</translation>
    </message>
</context>
<context>
    <name>OpState</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="175" />
        <source>Being checked with the server — do not pay again</source>
        <translation>A confirmar com o servidor — não pague de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="176" />
        <source>Saved on this computer — will be sent</source>
        <translation>Guardado neste computador — será enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="178" />
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="181" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>Pagamento a ser confirmado — não pague de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="182" />
        <source>Received, being processed</source>
        <translation>Recebido, em tratamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="186" />
        <source>Received, ref %1</source>
        <translation>Recebido, ref.ª %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="187" />
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="189" />
        <source>Replaced by a corrected submission</source>
        <translation>Substituído por um pedido corrigido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="191" />
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="192" />
        <source>Needs your attention</source>
        <translation>Precisa da sua atenção</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="116" />
        <source>Pay traffic fine %1 · MOP %2</source>
        <translation>Pagar a multa de trânsito %1 · MOP %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="122" />
        <source>Pay vehicle tax %1 for %2 · MOP %3</source>
        <translation>Pagar o imposto de circulação de %1 do veículo %2 · MOP %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="129" />
        <source>Pay bill %1 · MOP %2</source>
        <translation>Pagar a conta %1 · MOP %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="278" />
        <source>Change the correspondence address (%n department(s))</source>
        <translation>Alterar a morada de correspondência (%n serviço)|Alterar a morada de correspondência (%n serviços)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="281" />
        <source>Register the correspondence address (%n department(s))</source>
        <translation>Registar a morada de correspondência (%n serviço)|Registar a morada de correspondência (%n serviços)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="329" />
        <source>Book a counter appointment</source>
        <translation>Marcar atendimento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="330" />
        <source>Cancel appointment %1</source>
        <translation>Cancelar a marcação %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="331" />
        <source>Change the time of appointment %1</source>
        <translation>Alterar o horário da marcação %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="334" />
        <source>Save memo “%2”</source>
        <translation>Guardar a nota «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="335" />
        <source>Delete a memo</source>
        <translation>Apagar uma nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="386" />
        <source>Send ID photo taken %1</source>
        <translation>Enviar a fotografia para documentos tirada em %1</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="38" />
        <source>My opinions</source>
        <translation>As minhas opiniões</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="40" />
        <source>Here you will take part in policy consultations, send feedback with voice, short video, photos and attachments, follow your cases and read the departments' public replies, and look up service procedures.</source>
        <translation>Aqui poderá participar em consultas públicas, enviar opiniões com voz, vídeo curto, fotografias e anexos, acompanhar os seus casos e ler as respostas públicas dos serviços, e consultar os procedimentos dos serviços.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../desktop/views/payments.py" line="59" />
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="62" />
        <source>Amount: MOP %1</source>
        <translation>Montante: MOP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="63" />
        <source>Pay with:</source>
        <translation>Pagar com:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="73" />
        <source>Your payment is saved on this computer first and sent as soon as possible. You can follow it in My submissions.</source>
        <translation>O seu pagamento é guardado primeiro neste computador e enviado logo que possível. Pode acompanhá-lo em Os meus pedidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="85" />
        <source>Pay MOP %1</source>
        <translation>Pagar MOP %1</translation>
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
        <translation>Cartão de crédito</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../desktop/views/payments.py" line="143" />
        <source>&amp;Group fines by:</source>
        <extracomment>The resident should look at My submissions (a refused payment).</extracomment>
        <translation>&amp;Agrupar multas por:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="147" />
        <location filename="../../desktop/views/payments.py" line="262" />
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="148" />
        <location filename="../../desktop/views/payments.py" line="263" />
        <source>Driving licence</source>
        <translation>Carta de condução</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Amount (MOP)</source>
        <translation>Montante (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="152" />
        <source>Fines, taxes and bills</source>
        <translation>Multas, impostos e contas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="153" />
        <source>Payment details</source>
        <translation>Detalhes do pagamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="158" />
        <location filename="../../desktop/views/payments.py" line="165" />
        <location filename="../../desktop/views/payments.py" line="173" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>Pagamento a ser confirmado — não pague de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="161" />
        <source>Saved on this computer — will be sent</source>
        <translation>Guardado neste computador — será enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="163" />
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="167" />
        <source>Paid — updating</source>
        <translation>Pago — a atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="169" />
        <source>Needs your attention</source>
        <translation>Precisa da sua atenção</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="171" />
        <location filename="../../desktop/views/payments.py" line="231" />
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="179" />
        <source>Due %1</source>
        <translation>Prazo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="176" />
        <source>Unpaid</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="178" />
        <source>Overdue since %1</source>
        <translation>Em atraso desde %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="189" />
        <source>Vehicle tax %1 · %2</source>
        <translation>Imposto de circulação %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="193" />
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="193" />
        <source>Electricity</source>
        <translation>Eletricidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="222" />
        <source>Traffic fines · vehicle %1</source>
        <translation>Multas de trânsito · veículo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="224" />
        <source>Traffic fines · licence %1</source>
        <translation>Multas de trânsito · carta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="227" />
        <source>Vehicle tax</source>
        <translation>Imposto de circulação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="229" />
        <source>Water and electricity bills</source>
        <translation>Contas de água e eletricidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="253" />
        <source>Choose a fine, tax or bill to see it and pay it.</source>
        <translation>Escolha uma multa, imposto ou conta para a ver e pagar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="264" />
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="265" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="268" />
        <source>Due date</source>
        <translation>Prazo de pagamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="272" />
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="275" />
        <source>Paid at</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="278" />
        <source>Paid with</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="283" />
        <source>Pay MOP %1</source>
        <translation>Pagar MOP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="305" />
        <source>Already on its way</source>
        <translation>Já está a caminho</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="307" />
        <source>A payment for this item is already saved or being confirmed. It will not be paid twice.</source>
        <translation>Um pagamento deste item já está guardado ou a ser confirmado. Não será pago duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="312" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="312" />
        <source>The payment could not be saved. Try again.</source>
        <translation>Não foi possível guardar o pagamento. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>PhotoCheck</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="65" />
        <source>Exactly one face</source>
        <translation>Exactamente uma cara</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="66" />
        <source>Face size</source>
        <translation>Tamanho da cara</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="67" />
        <source>Face in the middle</source>
        <translation>Cara ao centro</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="68" />
        <source>Head and shoulders in the picture</source>
        <translation>Cabeça e ombros dentro da imagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="69" />
        <source>Eyes level</source>
        <translation>Olhos nivelados</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="70" />
        <source>Brightness</source>
        <translation>Luminosidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="71" />
        <source>Even light</source>
        <translation>Luz uniforme</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="72" />
        <source>Sharpness</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="73" />
        <source>White background</source>
        <translation>Fundo branco</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="74" />
        <source>Plain background</source>
        <translation>Fundo liso</translation>
    </message>
</context>
<context>
    <name>PhotoGuidance</name>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="44" />
        <source>Face the camera</source>
        <extracomment>Webcams offered by index in the chooser (a file can be chosen too).</extracomment>
        <translation>Olhe de frente para a câmara</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="45" />
        <source>Only one person in the picture, please</source>
        <translation>Só uma pessoa na imagem, por favor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="46" />
        <source>Come a little closer</source>
        <translation>Aproxime-se um pouco</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="47" />
        <source>Move back a little</source>
        <translation>Afaste-se um pouco</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="48" />
        <source>Put your face in the middle of the oval</source>
        <translation>Coloque a cara no centro do oval</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="49" />
        <source>Look at the camera with both eyes open</source>
        <translation>Olhe para a câmara com os dois olhos abertos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="50" />
        <source>Keep your head straight</source>
        <translation>Mantenha a cabeça direita</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="51" />
        <source>Too dark: turn on a light in front of you</source>
        <translation>Demasiado escuro: acenda uma luz à sua frente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="52" />
        <source>Too bright: move away from the strong light</source>
        <translation>Demasiado claro: afaste-se da luz forte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="53" />
        <source>Light your face evenly from the front</source>
        <translation>Ilumine a cara de frente, de forma uniforme</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="54" />
        <source>Hold still</source>
        <translation>Não se mexa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="55" />
        <source>Stand in front of a plain white wall</source>
        <translation>Coloque-se em frente de uma parede branca lisa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/photo_widgets.py" line="56" />
        <source>Choose a plain background without objects</source>
        <translation>Escolha um fundo liso, sem objectos</translation>
    </message>
</context>
<context>
    <name>PhotosPage</name>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="136" />
        <source>My photos</source>
        <translation>As minhas fotografias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="137" />
        <location filename="../../desktop/views/pages/photos.py" line="138" />
        <source>Take photo</source>
        <translation>Tirar fotografia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="139" />
        <source>Take it anyway</source>
        <translation>Tirar mesmo assim</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="140" />
        <source>Take the photo even though some checks fail</source>
        <translation>Tirar a fotografia mesmo que algumas verificações falhem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="141" />
        <source>Use this photo</source>
        <translation>Usar esta fotografia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="142" />
        <source>Save this photo and send it</source>
        <translation>Guardar e enviar esta fotografia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="143" />
        <source>Take again</source>
        <translation>Tirar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="144" />
        <source>Take the photo again</source>
        <translation>Tirar a fotografia de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="145" />
        <source>The photo as it will be saved</source>
        <translation>A fotografia tal como será guardada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="146" />
        <location filename="../../desktop/views/pages/photos.py" line="147" />
        <source>Your photos</source>
        <translation>As suas fotografias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="160" />
        <source>Sign in to keep and send your photos. You can try the camera now.</source>
        <translation>Inicie sessão para guardar e enviar as suas fotografias. Pode experimentar a câmara já.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="164" />
        <source>Look straight at the camera in front of a plain white wall. When every check passes, take the photo. It is kept on this computer and sent to be used for your applications.</source>
        <translation>Olhe de frente para a câmara, em frente de uma parede branca lisa. Quando todas as verificações passarem, tire a fotografia. Fica guardada neste computador e é enviada para ser usada nos seus pedidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="189" />
        <source>Valid until %1</source>
        <translation>Válida até %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="191" />
        <source>Older than 12 months: take a new photo</source>
        <translation>Com mais de 12 meses: tire uma nova fotografia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="203" />
        <source>No photos yet</source>
        <translation>Ainda não há fotografias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="212" />
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="214" />
        <source>Refused. %1</source>
        <translation>Recusada. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="216" />
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="219" />
        <source>Saved on this computer — not sent yet, will try again</source>
        <translation>Guardada neste computador — ainda não enviada, será tentado de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="221" />
        <source>Sending… %1%</source>
        <translation>A enviar… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="222" />
        <source>Saved on this computer — will be sent</source>
        <translation>Guardado neste computador — será enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="247" />
        <source>All checks pass: take the photo</source>
        <translation>Todas as verificações passaram: tire a fotografia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="281" />
        <source>No photo: exactly one face must be in the picture.</source>
        <translation>Sem fotografia: tem de haver exactamente uma cara na imagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="284" />
        <source>These checks did not pass: %1. The photo may be refused.</source>
        <translation>Estas verificações não passaram: %1. A fotografia pode ser recusada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="286" />
        <source>Every check passed.</source>
        <translation>Todas as verificações passaram.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="298" />
        <source>The photo is saved on this computer. It is sent as soon as possible.</source>
        <translation>A fotografia está guardada neste computador. É enviada logo que possível.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="303" />
        <source>The photo could not be made from this picture. Try again.</source>
        <translation>Não foi possível fazer a fotografia a partir desta imagem. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="304" />
        <source>The photo could not be saved on this computer.</source>
        <translation>Não foi possível guardar a fotografia neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/photos.py" line="305" />
        <source>Sign in to keep and send your photos.</source>
        <translation>Inicie sessão para guardar e enviar as suas fotografias.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="143" />
        <source>This fine had already been paid. You were not charged again.</source>
        <translation>Esta multa já tinha sido paga. Não lhe foi cobrado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="146" />
        <source>This tax had already been paid. You were not charged again.</source>
        <translation>Este imposto já tinha sido pago. Não lhe foi cobrado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="149" />
        <source>The amount differs from what is due.</source>
        <translation>O montante é diferente do devido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="150" />
        <source>The payment was declined. Nothing was charged.</source>
        <translation>O pagamento foi recusado. Nada foi cobrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="153" />
        <source>This fine no longer exists.</source>
        <translation>Esta multa já não existe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="154" />
        <source>Too large to send.</source>
        <translation>Demasiado grande para enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="155" />
        <source>The server could not accept this request.</source>
        <translation>O servidor não pôde aceitar este pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="156" />
        <source>The server does not offer this yet.</source>
        <translation>O servidor ainda não oferece este serviço.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="157" />
        <source>The app made an error sending this. It has been kept and reported.</source>
        <translation>A aplicação errou ao enviar isto. Foi guardado e registado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="167" />
        <source>The server refused this request.</source>
        <translation>O servidor recusou este pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="289" />
        <source>The server did not accept the address. Correct it and send it again.</source>
        <translation>O servidor não aceitou a morada. Corrija-a e envie de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="292" />
        <source>A chosen department no longer takes part in the address service. Choose again and send.</source>
        <translation>Um serviço escolhido já não participa no serviço de morada. Escolha de novo e envie.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="349" />
        <source>Someone else took the last place at this time. Choose one of the nearest free times.</source>
        <translation>Outra pessoa ficou com a última vaga deste horário. Escolha um dos horários livres mais próximos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="352" />
        <source>This time has already begun. Choose a later one.</source>
        <translation>Este horário já começou. Escolha um mais tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="355" />
        <source>This time is no longer offered.</source>
        <translation>Este horário já não está disponível.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="356" />
        <source>You have already booked this time.</source>
        <translation>Já marcou este horário.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="357" />
        <source>This appointment no longer exists.</source>
        <translation>Esta marcação já não existe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="358" />
        <source>This appointment is already cancelled.</source>
        <translation>Esta marcação já está cancelada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="361" />
        <source>The time of this appointment has come or gone; it can no longer be changed.</source>
        <translation>A hora desta marcação já chegou ou passou; já não pode ser alterada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="364" />
        <source>This memo could not be saved. Save it again.</source>
        <translation>Não foi possível guardar esta nota. Guarde-a de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="392" />
        <source>The photo is more than 12 months old.</source>
        <translation>A fotografia tem mais de 12 meses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="393" />
        <source>The photo is not 1.5 × 1.8 inch.</source>
        <translation>A fotografia não tem 1,5 × 1,8 polegadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="394" />
        <source>The photo is too small.</source>
        <translation>A fotografia é demasiado pequena.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="395" />
        <source>The file is not a JPEG photo.</source>
        <translation>O ficheiro não é uma fotografia JPEG.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="396" />
        <source>The photo did not arrive. Take it again.</source>
        <translation>A fotografia não chegou. Tire-a de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="397" />
        <source>The photo did not arrive whole. Take it again.</source>
        <translation>A fotografia não chegou completa. Tire-a de novo.</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="306" />
        <source>1 week before</source>
        <translation>1 semana antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="307" />
        <source>2 days before</source>
        <translation>2 dias antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="308" />
        <source>1 day before</source>
        <translation>1 dia antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="309" />
        <source>3 hours before</source>
        <translation>3 horas antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="310" />
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="311" />
        <source>30 minutes before</source>
        <translation>30 minutos antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="312" />
        <source>15 minutes before</source>
        <translation>15 minutos antes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="313" />
        <source>At the time</source>
        <translation>À hora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="317" />
        <source>%n minute(s) before</source>
        <translation>%n minuto antes|%n minutos antes</translation>
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
        <translation>Lembretes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="84" />
        <source>Remind me:</source>
        <translation>Lembrar-me:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/memo.py" line="87" />
        <source>Reminders appear on this computer and on others where you sign in.</source>
        <translation>Os lembretes aparecem neste computador e noutros onde inicia sessão.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/reminders.py" line="66" />
        <source>Today %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="68" />
        <source>Tomorrow %1</source>
        <translation>Amanhã, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="80" />
        <source>Missed reminder: %1</source>
        <translation>Lembrete perdido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="82" />
        <source>This reminder was due while the computer was off or asleep. It is at %1.</source>
        <translation>Este lembrete devia ter aparecido com o computador desligado ou em repouso. É %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/reminders.py" line="86" />
        <source>This reminder was due while the computer was off or asleep. It was at %1.</source>
        <translation>Este lembrete devia ter aparecido com o computador desligado ou em repouso. Foi %1.</translation>
    </message>
</context>
<context>
    <name>RequestReview</name>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="422" />
        <source>Check your request before sending it</source>
        <translation>Confirme o pedido antes de o enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="424" />
        <source>Request: change of address</source>
        <translation>Pedido: alteração de morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="424" />
        <source>Request: registration</source>
        <translation>Pedido: registo de morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="426" />
        <source>New correspondence address</source>
        <translation>Nova morada de correspondência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="428" />
        <source>Minor children: %1</source>
        <translation>Filhos menores: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="429" />
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="432" />
        <source>lives at their own address:</source>
        <translation>vive na sua própria morada:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="432" />
        <source>lives at the address above</source>
        <translation>vive na morada acima</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="436" />
        <source>Departments to tell: %1</source>
        <translation>Serviços a informar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/address_widgets.py" line="442" />
        <source>When you send it, the request is saved on this computer first and sent as soon as there is a connection. Each department then processes it on its own; this page shows where each one stands.</source>
        <translation>Ao enviar, o pedido é primeiro guardado neste computador e enviado logo que houver ligação. Depois, cada serviço trata-o por si; esta página mostra em que ponto está cada um.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="260" />
        <source>Change the time</source>
        <translation>Alterar o horário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="267" />
        <source>Your ticket code stays the same; the QR code changes.</source>
        <translation>O código da senha mantém-se; o código QR muda.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="277" />
        <source>Move to this time</source>
        <translation>Mudar para este horário</translation>
    </message>
</context>
<context>
    <name>SchoolBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="242" />
        <source>Class suspensions</source>
        <translation>Suspensão das aulas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="244" />
        <source>No class-suspension notice saved.</source>
        <translation>Não há aviso de suspensão das aulas guardado.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="202" />
        <source>My services</source>
        <translation>Os meus serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="203" />
        <source>Find a service</source>
        <translation>Procurar um serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="204" />
        <source>Pay fines, taxes and bills</source>
        <translation>Pagar multas, impostos e contas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="206" />
        <source>Search services, e.g. 身份證, certidão, vehicle tax</source>
        <translation>Pesquisar serviços, p. ex. 身份證, certidão, imposto de circulação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="207" />
        <source>Search services</source>
        <translation>Pesquisar serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="208" />
        <source>Service categories</source>
        <translation>Categorias de serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="209" />
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="210" />
        <source>Service details</source>
        <translation>Detalhes do serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="275" />
        <source>All services (%1)</source>
        <translation>Todos os serviços (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="276" />
        <source>★ My favourites</source>
        <translation>★ Os meus favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="277" />
        <source>Recently used</source>
        <translation>Usados recentemente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="278" />
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="281" />
        <source>By department</source>
        <translation>Por serviço público</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="290" />
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="292" />
        <source>Not yet updated</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="307" />
        <source>No service matches “%1”.</source>
        <translation>Nenhum serviço corresponde a «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="312" />
        <source>No services saved on this computer yet</source>
        <translation>Ainda não há serviços guardados neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="314" />
        <source>The catalogue of more than 600 government services appears here once it has been downloaded. After that it works without a connection.</source>
        <translation>O catálogo de mais de 600 serviços públicos aparece aqui depois de ser transferido. A partir daí funciona sem ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="358" />
        <source>★ In my favourites</source>
        <translation>★ Nos meus favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="358" />
        <source>☆ Add to my favourites</source>
        <translation>☆ Juntar aos meus favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="383" />
        <source>Choose a service to see how to apply.</source>
        <translation>Escolha um serviço para ver como o pedir.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="387" />
        <source>Who may apply</source>
        <translation>Quem pode requerer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="388" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="389" />
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="390" />
        <source>Processing time</source>
        <translation>Prazo de tratamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="391" />
        <source>Where and when</source>
        <translation>Onde e quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="392" />
        <source>Forms</source>
        <translation>Impressos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="393" />
        <source>Following progress</source>
        <translation>Acompanhar o andamento</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="48" />
        <source>Wrong username or password.</source>
        <translation>Utilizador ou palavra-passe errados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="49" />
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>Não é possível contactar o servidor. Verifique a ligação e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="52" />
        <source>The server is taking too long to answer. Try again later.</source>
        <translation>O servidor está a demorar demasiado a responder. Tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="55" />
        <source>The server sent an answer that could not be read.</source>
        <translation>O servidor enviou uma resposta que não pôde ser lida.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="58" />
        <source>The demo server could not be started.</source>
        <translation>Não foi possível iniciar o servidor de demonstração.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="62" />
        <source>Sign-in failed. Try again later.</source>
        <translation>Falha ao iniciar sessão. Tente mais tarde.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="60" />
        <source>Sign in to One Account</source>
        <translation>Iniciar sessão na Conta Única</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="61" />
        <source>&amp;Username</source>
        <translation>&amp;Utilizador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="62" />
        <source>&amp;Password</source>
        <translation>&amp;Palavra-passe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="63" />
        <source>Username</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="64" />
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="65" />
        <location filename="../../desktop/views/pages/account.py" line="66" />
        <source>Sign in</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="68" />
        <source>Demo: sign in with username “demo” and password “demo”.</source>
        <translation>Demonstração: inicie sessão com o utilizador «demo» e a palavra-passe «demo».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/account.py" line="75" />
        <source>Enter your username and password.</source>
        <translation>Introduza o utilizador e a palavra-passe.</translation>
    </message>
</context>
<context>
    <name>SlotPicker</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="80" />
        <source>Da&amp;y</source>
        <extracomment>The chosen slot changed (a Slot, or None). Enter or double click on a bookable time.</extracomment>
        <translation>Di&amp;a</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="81" />
        <source>&amp;Time</source>
        <translation>&amp;Horário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="82" />
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="83" />
        <source>Times</source>
        <translation>Horários</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="121" />
        <source>%1 · closed: %2</source>
        <translation>%1 · encerrado: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="126" />
        <source>%1 · closed</source>
        <translation>%1 · encerrado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="129" />
        <source>%1 · no times</source>
        <translation>%1 · sem horários</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="131" />
        <source>%1 · full</source>
        <translation>%1 · esgotado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/appointment_widgets.py" line="133" />
        <location filename="../../desktop/views/appointment_widgets.py" line="164" />
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n vaga livre</numerusform>
            <numerusform>%n vagas livres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="136" />
        <source>afternoon closed: %1</source>
        <translation>encerrado à tarde: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="155" />
        <source>your booking</source>
        <translation>a sua marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="157" />
        <source>your booking, not confirmed yet</source>
        <translation>a sua marcação, ainda não confirmada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="160" />
        <source>begun</source>
        <translation>já começou</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="162" />
        <source>full</source>
        <translation>esgotado</translation>
    </message>
</context>
<context>
    <name>SubmissionsPage</name>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="90" />
        <source>My submissions</source>
        <translation>Os meus pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="91" />
        <source>Submissions</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="92" />
        <source>Submission details</source>
        <translation>Detalhes do pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="93" />
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="94" />
        <location filename="../../desktop/views/pages/submissions.py" line="203" />
        <source>Change and send again</source>
        <translation>Alterar e enviar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="95" />
        <location filename="../../desktop/views/pages/submissions.py" line="215" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/submissions.py" line="130" />
        <source>%n need(s) your attention.</source>
        <translation><numerusform>%n precisa da sua atenção.</numerusform><numerusform>%n precisam da sua atenção.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/pages/submissions.py" line="132" />
        <source>%n not yet confirmed by the server.</source>
        <translation><numerusform>%n ainda não confirmado pelo servidor.</numerusform><numerusform>%n ainda não confirmados pelo servidor.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="133" />
        <source>Everything you sent has been received.</source>
        <translation>Tudo o que enviou foi recebido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="136" />
        <source>Nothing sent yet</source>
        <translation>Ainda não enviou nada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="138" />
        <source>Payments and other requests you make appear here, with where each one is. They are saved on this computer first, so nothing is lost when the connection drops.</source>
        <translation>Os pagamentos e outros pedidos que fizer aparecem aqui, com o ponto em que cada um está. São guardados primeiro neste computador, por isso nada se perde se a ligação falhar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="167" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="168" />
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="169" />
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="170" />
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="171" />
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="175" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="180" />
        <source>Submission number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="203" />
        <source>Pay with:</source>
        <translation>Pagar com:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="216" />
        <source>Discard “%1”? It will not be sent. It stays in this list as discarded.</source>
        <translation>Descartar «%1»? Não será enviado. Fica nesta lista como descartado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="226" />
        <source>Not possible</source>
        <translation>Não é possível</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/submissions.py" line="227" />
        <source>This cannot be done to this submission now.</source>
        <translation>Isto não pode ser feito a este pedido agora.</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="24" />
        <source>No connection to the server</source>
        <translation>Sem ligação ao servidor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="25" />
        <source>The server is taking too long to answer</source>
        <translation>O servidor está a demorar demasiado a responder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="26" />
        <source>The server reported an error</source>
        <translation>O servidor comunicou um erro</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="27" />
        <source>The server sent an answer that could not be read</source>
        <translation>O servidor enviou uma resposta que não pôde ser lida</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="30" />
        <source>Your session has ended; please sign in again</source>
        <translation>A sua sessão terminou; inicie sessão de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="33" />
        <source>The demo server could not be started</source>
        <translation>Não foi possível iniciar o servidor de demonstração</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="36" />
        <source>The data on this computer could not be opened</source>
        <translation>Não foi possível abrir os dados deste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="39" />
        <source>Another window of this app is sending your submissions</source>
        <translation>Outra janela desta aplicação está a enviar os seus pedidos</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/views/status.py" line="47" />
        <location filename="../../desktop/views/status.py" line="48" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="62" />
        <source>● Connecting…</source>
        <translation>● A ligar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="64" />
        <source>● Signing in…</source>
        <translation>● A iniciar sessão…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="66" />
        <source>● Syncing…</source>
        <translation>● A sincronizar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="68" />
        <source>● Online</source>
        <translation>● Ligado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="70" />
        <source>● Offline</source>
        <translation>● Sem ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="72" />
        <source>● Not connected yet</source>
        <translation>● Ainda sem ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="80" />
        <source>Nothing waiting to be sent</source>
        <translation>Nada à espera de envio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="83" />
        <source>%n waiting to be sent, the oldest since %1</source>
        <translation><numerusform>%n à espera de envio, o mais antigo desde %1</numerusform><numerusform>%n à espera de envio, o mais antigo desde %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="88" />
        <source>%n waiting to be sent</source>
        <translation><numerusform>%n à espera de envio</numerusform><numerusform>%n à espera de envio</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status.py" line="90" />
        <source>%n need(s) your attention</source>
        <translation><numerusform>%n precisa da sua atenção</numerusform><numerusform>%n precisam da sua atenção</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="93" />
        <source>Last sync %1</source>
        <translation>Última sincronização %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="95" />
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status.py" line="99" />
        <source>Sync failed: %1</source>
        <translation>Falha na sincronização: %1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="234" />
        <source>Ticket code</source>
        <translation>Código da senha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="237" />
        <source>At the counter, scan this QR code at the ticket machine to take your ticket, or read out the ticket code. Arrive within your booked time.</source>
        <translation>No local, leia este código QR na máquina de senhas para tirar a senha, ou diga o código da senha. Chegue dentro do horário marcado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="241" />
        <source>QR code of your appointment ticket</source>
        <translation>Código QR da senha da sua marcação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/appointment_widgets.py" line="242" />
        <source>Ticket code %1</source>
        <translation>Código da senha %1</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="28" />
        <source>Not available in this version yet</source>
        <translation>Ainda não disponível nesta versão</translation>
    </message>
</context>
<context>
    <name>WeatherBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="147" />
        <source>Weather now</source>
        <translation>Tempo agora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="149" />
        <source>No weather report saved yet.</source>
        <translation>Ainda não há boletim meteorológico guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="157" />
        <source>High / low</source>
        <translation>Máx. / mín.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="158" />
        <source>Humidity</source>
        <translation>Humidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="159" />
        <source>Feels like</source>
        <translation>Sensação térmica</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="165" />
        <source>Wind</source>
        <translation>Vento</translation>
    </message>
</context>
</TS>