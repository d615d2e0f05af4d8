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
    <name>AddressPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="70" />
        <source>Correspondence address</source>
        <translation>Endereço de correspondência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="72" />
        <source>Here you will register or change your correspondence address with up to 23 departments at once, including your minor children, and follow each department's progress.</source>
        <translation>Aqui poderá registar ou alterar o seu endereço de correspondência em até 23 serviços de uma só vez, incluindo o dos filhos menores, e acompanhar o andamento em cada serviço.</translation>
    </message>
</context>
<context>
    <name>AirBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="159" />
        <source>Air quality</source>
        <translation>Qualidade do ar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="162" />
        <source>No air-quality report saved yet.</source>
        <translation>Ainda não há relatório da qualidade do ar guardado.</translation>
    </message>
</context>
<context>
    <name>AlertCard</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="109" />
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="114" />
        <source>Civil Protection hotline: %1</source>
        <translation>Linha aberta da Proteção Civil: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="118" />
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="54" />
        <source>Appointments</source>
        <translation>Marcações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="56" />
        <source>Here you will book counter appointments in 28 departments and more than 600 services, including 7 Hengqin services, without typing personal data; show the QR ticket at the counter; and add a reminder to your memo.</source>
        <translation>Aqui poderá marcar atendimento ao balcão em 28 serviços públicos e mais de 600 serviços, incluindo 7 serviços de Hengqin, sem escrever dados pessoais; mostrar a senha com código QR no balcão; e juntar um lembrete ao seu memorando.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="126" />
        <source>My apps</source>
        <translation>As minhas aplicações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="128" />
        <source>These apps are not available in this version yet. This is what each will hold:</source>
        <translation>Estas aplicações ainda não estão disponíveis nesta versão. Eis o que cada uma vai conter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="131" />
        <source>My health</source>
        <translation>A minha saúde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="131" />
        <source>Your health records and vaccination history.</source>
        <translation>Os seus registos de saúde e o histórico de vacinação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="133" />
        <source>Card wallet</source>
        <translation>Carteira de cartões</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="134" />
        <source>Your eID and member cards, shown even without a connection.</source>
        <translation>O seu eID e cartões de membro, visíveis mesmo sem ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="137" />
        <source>My vehicles</source>
        <translation>Os meus veículos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="138" />
        <source>Bind your registered vehicles; licence and insurance dates.</source>
        <translation>Associe os seus veículos registados; datas da licença e do seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="141" />
        <source>My vouchers</source>
        <translation>Os meus vales</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="142" />
        <source>Medical voucher and continuing-education balances; transfers to family.</source>
        <translation>Saldos do vale de saúde e do programa de formação contínua; transferências para a família.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="145" />
        <source>My photos</source>
        <translation>As minhas fotografias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="146" />
        <source>Identification photos taken with the webcam for documents.</source>
        <translation>Fotografias para documentos de identificação, tiradas com a câmara.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="148" />
        <source>My memo</source>
        <translation>O meu memorando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="148" />
        <source>Appointment reminders and your own notes.</source>
        <translation>Lembretes de marcações e as suas notas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="150" />
        <source>My transactions</source>
        <translation>Os meus processos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="151" />
        <source>Your history, and the certificates and licences issued to you.</source>
        <translation>O seu histórico e as certidões e licenças emitidas em seu nome.</translation>
    </message>
</context>
<context>
    <name>Block</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="81" />
        <source>As of %1</source>
        <extracomment>Official warning colours by severity 0..5 (information; then blue → black as on the storm-surge scale). Text on each of those colours with enough contrast. Border and air levels: 1 good … 5 worst.</extracomment>
        <translation>Dados de %1</translation>
    </message>
</context>
<context>
    <name>BorderBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="181" />
        <source>Border checkpoints</source>
        <translation>Postos fronteiriços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="184" />
        <source>No checkpoint status saved yet.</source>
        <translation>Ainda não há estado dos postos fronteiriços guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="187" />
        <source>Checkpoint</source>
        <translation>Posto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="188" />
        <source>Entering Macao</source>
        <translation>Entrada em Macau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="189" />
        <source>Leaving Macao</source>
        <translation>Saída de Macau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="202" />
        <source>%1 (about %2 min)</source>
        <translation>%1 (cerca de %2 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="203" />
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
</context>
<context>
    <name>EidPage</name>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="85" />
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/upcoming.py" line="87" />
        <source>Here you will show your electronic identity, and scan an institution's QR code to give it exactly the data you agree to share, confirmed by your face.</source>
        <translation>Aqui poderá mostrar a sua identidade eletrónica e ler o código QR de uma instituição para lhe dar exatamente os dados que aceitar partilhar, confirmados pelo seu rosto.</translation>
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
        <location filename="../../desktop/views/pages/feed.py" line="205" />
        <source>My information</source>
        <translation>A minha informação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="206" />
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="207" />
        <source>Information feed</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="208" />
        <source>Selected information</source>
        <translation>Informação selecionada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="210" />
        <source>Everything</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="211" />
        <source>Show: %1</source>
        <translation>Mostrar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="266" />
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="266" />
        <source>Not yet updated</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="297" />
        <source>Nothing here yet</source>
        <translation>Ainda não há nada aqui</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="299" />
        <source>Sign in to see official alerts, weather, air quality, border checkpoints, class suspensions and government news. They stay available when you are offline.</source>
        <translation>Inicie sessão para ver os avisos oficiais, o tempo, a qualidade do ar, os postos fronteiriços, a suspensão das aulas e as notícias do Governo. Continuam disponíveis sem ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="305" />
        <source>No information saved on this computer yet</source>
        <translation>Ainda não há informação guardada neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/feed.py" line="306" />
        <source>Information appears here as soon as it has been downloaded from the server.</source>
        <translation>A informação aparece aqui assim que for transferida do servidor.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="196" />
        <location filename="../../desktop/views/main_window.py" line="197" />
        <source>Macao One Account</source>
        <extracomment>Section ids in navigation order (also the screenshot command's --page names). Where each section's page class lives. Pages are built the first time they are shown, so the window paints the first section without paying for the others. The first section shown has its first content (once); background work may start. The pages built so far (see PAGE_CLASSES).</extracomment>
        <translation>Conta Única de Macau</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="198" />
        <source>DEMO</source>
        <translation>DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="199" />
        <location filename="../../desktop/views/main_window.py" line="200" />
        <source>Demo mode: a server on this computer with made-up data</source>
        <translation>Modo de demonstração: um servidor neste computador com dados fictícios</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202" />
        <source>Kiosk</source>
        <translation>Quiosque</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="202" />
        <source>Assisted service</source>
        <translation>Atendimento assistido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="204" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="205" />
        <source>Sections</source>
        <translation>Secções</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="207" />
        <source>My information</source>
        <translation>A minha informação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="208" />
        <source>My services</source>
        <translation>Os meus serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="209" />
        <source>My apps</source>
        <translation>As minhas aplicações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="210" />
        <source>My opinions</source>
        <translation>As minhas opiniões</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="211" />
        <source>Appointments</source>
        <translation>Marcações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="212" />
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="213" />
        <source>eID</source>
        <translation>eID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="214" />
        <source>My submissions</source>
        <translation>Os meus pedidos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="215" />
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="221" />
        <location filename="../../desktop/views/main_window.py" line="222" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="235" />
        <source>Not signed in</source>
        <translation>Sessão não iniciada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="251" />
        <source>You are offline. Showing what is saved on this computer.</source>
        <translation>Está sem ligação. A mostrar o que está guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="253" />
        <source>The server is not answering properly. Showing what is saved on this computer.</source>
        <translation>O servidor não está a responder corretamente. A mostrar o que está guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="255" />
        <source>Last updated %1.</source>
        <translation>Última atualização: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="256" />
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="274" />
        <source>Show</source>
        <translation>Ver</translation>
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
        <location filename="../../desktop/views/texts.py" line="161" />
        <source>Being checked with the server — do not pay again</source>
        <translation>A confirmar com o servidor — não pague de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="162" />
        <source>Saved on this computer — will be sent</source>
        <translation>Guardado neste computador — será enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="164" />
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="167" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>Pagamento a ser confirmado — não pague de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="168" />
        <source>Received, being processed</source>
        <translation>Recebido, em tratamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="172" />
        <source>Received, ref %1</source>
        <translation>Recebido, ref.ª %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="173" />
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="175" />
        <source>Replaced by a corrected submission</source>
        <translation>Substituído por um pedido corrigido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="177" />
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="178" />
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
        <location filename="../../desktop/views/payments.py" line="47" />
        <source>Pay</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="50" />
        <source>Amount: MOP %1</source>
        <translation>Montante: MOP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="51" />
        <source>Pay with:</source>
        <translation>Pagar com:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="61" />
        <source>Your payment is saved on this computer first and sent as soon as possible. You can follow it in My submissions.</source>
        <translation>O seu pagamento é guardado primeiro neste computador e enviado logo que possível. Pode acompanhá-lo em Os meus pedidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="73" />
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
        <location filename="../../desktop/views/payments.py" line="131" />
        <source>&amp;Group fines by:</source>
        <extracomment>The resident should look at My submissions (a refused payment).</extracomment>
        <translation>&amp;Agrupar multas por:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="135" />
        <location filename="../../desktop/views/payments.py" line="246" />
        <source>Vehicle</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="136" />
        <location filename="../../desktop/views/payments.py" line="247" />
        <source>Driving licence</source>
        <translation>Carta de condução</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="139" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="139" />
        <source>Amount (MOP)</source>
        <translation>Montante (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="139" />
        <location filename="../../desktop/views/payments.py" line="243" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="140" />
        <source>Fines, taxes and bills</source>
        <translation>Multas, impostos e contas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="141" />
        <source>Payment details</source>
        <translation>Detalhes do pagamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="146" />
        <location filename="../../desktop/views/payments.py" line="153" />
        <location filename="../../desktop/views/payments.py" line="161" />
        <source>Payment being confirmed — do not pay again</source>
        <translation>Pagamento a ser confirmado — não pague de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="149" />
        <source>Saved on this computer — will be sent</source>
        <translation>Guardado neste computador — será enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="151" />
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="155" />
        <source>Paid — updating</source>
        <translation>Pago — a atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="157" />
        <source>Needs your attention</source>
        <translation>Precisa da sua atenção</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="159" />
        <location filename="../../desktop/views/payments.py" line="215" />
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="163" />
        <source>Due %1</source>
        <translation>Prazo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="163" />
        <source>Unpaid</source>
        <translation>Por pagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="173" />
        <source>Vehicle tax %1 · %2</source>
        <translation>Imposto de circulação %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="177" />
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="177" />
        <source>Electricity</source>
        <translation>Eletricidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="206" />
        <source>Traffic fines · vehicle %1</source>
        <translation>Multas de trânsito · veículo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="208" />
        <source>Traffic fines · licence %1</source>
        <translation>Multas de trânsito · carta %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="211" />
        <source>Vehicle tax</source>
        <translation>Imposto de circulação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="213" />
        <source>Water and electricity bills</source>
        <translation>Contas de água e eletricidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="237" />
        <source>Choose a fine, tax or bill to see it and pay it.</source>
        <translation>Escolha uma multa, imposto ou conta para a ver e pagar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="243" />
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="248" />
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="249" />
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="252" />
        <source>Due date</source>
        <translation>Prazo de pagamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="256" />
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="259" />
        <source>Paid at</source>
        <translation>Pago em</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="262" />
        <source>Paid with</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="267" />
        <source>Pay MOP %1</source>
        <translation>Pagar MOP %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="289" />
        <source>Already on its way</source>
        <translation>Já está a caminho</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="291" />
        <source>A payment for this item is already saved or being confirmed. It will not be paid twice.</source>
        <translation>Um pagamento deste item já está guardado ou a ser confirmado. Não será pago duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="296" />
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments.py" line="296" />
        <source>The payment could not be saved. Try again.</source>
        <translation>Não foi possível guardar o pagamento. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../desktop/views/texts.py" line="133" />
        <source>This fine had already been paid. You were not charged again.</source>
        <translation>Esta multa já tinha sido paga. Não lhe foi cobrado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="136" />
        <source>This tax had already been paid. You were not charged again.</source>
        <translation>Este imposto já tinha sido pago. Não lhe foi cobrado de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="139" />
        <source>The amount differs from what is due.</source>
        <translation>O montante é diferente do devido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="140" />
        <source>The payment was declined. Nothing was charged.</source>
        <translation>O pagamento foi recusado. Nada foi cobrado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="143" />
        <source>This fine no longer exists.</source>
        <translation>Esta multa já não existe.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="144" />
        <source>Too large to send.</source>
        <translation>Demasiado grande para enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="145" />
        <source>The server could not accept this request.</source>
        <translation>O servidor não pôde aceitar este pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="146" />
        <source>The server does not offer this yet.</source>
        <translation>O servidor ainda não oferece este serviço.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="147" />
        <source>The app made an error sending this. It has been kept and reported.</source>
        <translation>A aplicação errou ao enviar isto. Foi guardado e registado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts.py" line="153" />
        <source>The server refused this request.</source>
        <translation>O servidor recusou este pedido.</translation>
    </message>
</context>
<context>
    <name>SchoolBlock</name>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="212" />
        <source>Class suspensions</source>
        <translation>Suspensão das aulas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="215" />
        <source>No class-suspension notice saved.</source>
        <translation>Não há aviso de suspensão das aulas guardado.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="201" />
        <source>My services</source>
        <translation>Os meus serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="202" />
        <source>Find a service</source>
        <translation>Procurar um serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="203" />
        <source>Pay fines, taxes and bills</source>
        <translation>Pagar multas, impostos e contas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="205" />
        <source>Search services, e.g. 身份證, certidão, vehicle tax</source>
        <translation>Pesquisar serviços, p. ex. 身份證, certidão, imposto de circulação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="206" />
        <source>Search services</source>
        <translation>Pesquisar serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="207" />
        <source>Service categories</source>
        <translation>Categorias de serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="208" />
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="209" />
        <source>Service details</source>
        <translation>Detalhes do serviço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="274" />
        <source>All services (%1)</source>
        <translation>Todos os serviços (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="275" />
        <source>★ My favourites</source>
        <translation>★ Os meus favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="276" />
        <source>Recently used</source>
        <translation>Usados recentemente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="277" />
        <source>By category</source>
        <translation>Por categoria</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="280" />
        <source>By department</source>
        <translation>Por serviço público</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="289" />
        <source>As of %1</source>
        <translation>Dados de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="291" />
        <source>Not yet updated</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="306" />
        <source>No service matches “%1”.</source>
        <translation>Nenhum serviço corresponde a «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="311" />
        <source>No services saved on this computer yet</source>
        <translation>Ainda não há serviços guardados neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="313" />
        <source>The catalogue of more than 600 government services appears here once it has been downloaded. After that it works without a connection.</source>
        <translation>O catálogo de mais de 600 serviços públicos aparece aqui depois de ser transferido. A partir daí funciona sem ligação.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="357" />
        <source>★ In my favourites</source>
        <translation>★ Nos meus favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="357" />
        <source>☆ Add to my favourites</source>
        <translation>☆ Juntar aos meus favoritos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="382" />
        <source>Choose a service to see how to apply.</source>
        <translation>Escolha um serviço para ver como o pedir.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="386" />
        <source>Who may apply</source>
        <translation>Quem pode requerer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="387" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="388" />
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="389" />
        <source>Processing time</source>
        <translation>Prazo de tratamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="390" />
        <source>Where and when</source>
        <translation>Onde e quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="391" />
        <source>Forms</source>
        <translation>Impressos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages/services.py" line="392" />
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
        <location filename="../../desktop/views/feed_blocks.py" line="125" />
        <source>Weather now</source>
        <translation>Tempo agora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="128" />
        <source>No weather report saved yet.</source>
        <translation>Ainda não há boletim meteorológico guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="138" />
        <source>High / low</source>
        <translation>Máx. / mín.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="139" />
        <source>Humidity</source>
        <translation>Humidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="140" />
        <source>Feels like</source>
        <translation>Sensação térmica</translation>
    </message>
    <message>
        <location filename="../../desktop/views/feed_blocks.py" line="146" />
        <source>Wind</source>
        <translation>Vento</translation>
    </message>
</context>
</TS>