<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>part of the vault is damaged</source>
        <translation>parte do cofre está danificada</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>não foi possível ler ou gravar no disco</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be written</source>
        <translation>não foi possível gravar o arquivo do cofre</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be opened</source>
        <translation>não foi possível abrir o arquivo do cofre</translation>
    </message>
    <message>
        <source>the vault was busy</source>
        <translation>o cofre estava ocupado</translation>
    </message>
    <message>
        <source>a change broke one of the vault&apos;s rules</source>
        <translation>uma alteração violou uma das regras do cofre</translation>
    </message>
    <message>
        <source>the vault reported error %1</source>
        <translation>o cofre informou o erro %1</translation>
    </message>
    <message>
        <source>Discard what you typed for %1? It has not been saved.</source>
        <translation>Descartar o que você digitou para %1? Isso não foi salvo.</translation>
    </message>
    <message>
        <source>Remove the hidden characters: “%1”</source>
        <translation>Remova os caracteres ocultos: “%1”</translation>
    </message>
    <message>
        <source>“Coaching session” only (nothing of the client)</source>
        <translation>Só “Sessão de coaching” (nada do cliente)</translation>
    </message>
    <message>
        <source>Add the client&apos;s initials</source>
        <translation>Incluir as iniciais do cliente</translation>
    </message>
    <message>
        <source>Add the client&apos;s name</source>
        <translation>Incluir o nome do cliente</translation>
    </message>
    <message>
        <source>Give the session&apos;s place</source>
        <translation>Incluir o local da sessão</translation>
    </message>
    <message>
        <source>Calendars sync to their provider&apos;s servers and to every device you use, and may be shared with an assistant or family. An initial or a name there is a client&apos;s name outside your encrypted vault, and a place (a client&apos;s office or home) can say who it is as plainly: choose them only if you need them.</source>
        <translation>Os calendários são sincronizados com os servidores do provedor e com todos os seus dispositivos, e podem ser compartilhados com um assistente ou com a família. Uma inicial ou um nome ali é o nome de um cliente fora do seu cofre criptografado, e um local (o escritório ou a casa de um cliente) pode dizer quem é com a mesma clareza: escolha-os só se precisar deles.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Arquivo de agenda</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Events say</source>
        <translation>Os eventos mostram</translation>
    </message>
    <message>
        <source>Your sessions from a month ago on, for any calendar (Apple, Google, Outlook, Thunderbird). Import the file again after changes: each session keeps its identity, so events are updated, not doubled, and cancelled ones are struck out. Times are in %1. Nothing from your notes, goals or fees is in it.</source>
        <translation>Suas sessões de um mês atrás em diante, para qualquer agenda (Apple, Google, Outlook, Thunderbird). Importe o arquivo de novo após alterações: cada sessão mantém sua identidade, então os eventos são atualizados, não duplicados, e os cancelados aparecem riscados. Os horários estão em %1. Nada das suas anotações, objetivos ou honorários vai nele.</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Salvar o arquivo de agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de agenda (*.ics)</translation>
    </message>
    <message>
        <source>Nothing was exported: no file was chosen.</source>
        <translation>Nada foi exportado: nenhum arquivo foi escolhido.</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (sessions: %n). This export is recorded.</source>
        <translation>
            <numerusform>Salvo em %1 (sessões: %n). Esta exportação fica registrada.</numerusform>
            <numerusform>Salvo em %1 (sessões: %n). Esta exportação fica registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Adicionar um curso</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>este curso</translation>
    </message>
    <message>
        <source>e.g. Coaching ethics in practice</source>
        <translation>ex.: Ética no coaching na prática</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Quem ofereceu</translation>
    </message>
    <message>
        <source> h (CCE units)</source>
        <translation> h (unidades CCE)</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Competências essenciais</translation>
    </message>
    <message>
        <source>Coaching ethics (counts as core competencies too)</source>
        <translation>Ética no coaching (conta também como competências essenciais)</translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Desenvolvimento de recursos</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Sem certificado</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Escol&amp;her arquivo…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Instituição</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>H&amp;oras</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Escolha o certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>CoachDesk could not read %1 (%2). Choose the file again.</source>
        <translation>O CoachDesk não conseguiu ler %1 (%2). Escolha o arquivo de novo.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomes</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>ex.: ela/dela, elu/delu</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>&amp;Endereço postal</translation>
    </message>
    <message>
        <source>Optional, for invoices: street, town, postcode, country, one a line</source>
        <translation>Opcional, para faturas: rua, cidade, CEP, país, um por linha</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>May be na&amp;med in my credential log, agreed on</source>
        <translation>Pode ser &amp;mencionado no meu registro de horas; autorizou em</translation>
    </message>
    <message>
        <source>Naming agreed on</source>
        <translation>Nome combinado</translation>
    </message>
    <message>
        <source>Credential log entry</source>
        <translation>Entrada do registro de horas</translation>
    </message>
    <message>
        <source>this log entry</source>
        <translation>esta entrada do registro</translation>
    </message>
    <message>
        <source>%1 agreed to be named in my credential log</source>
        <translation>%1 autorizou ser mencionado no meu registro de horas</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Coaching individual</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Coaching em grupo</translation>
    </message>
    <message>
        <source> people</source>
        <translation> pessoas</translation>
    </message>
    <message>
        <source>As the fee says: paid</source>
        <translation>Conforme os honorários: pago</translation>
    </message>
    <message>
        <source>As the fee says: pro bono (no fee)</source>
        <translation>Conforme os honorários: pro bono (sem honorários)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>A fee of 0 is pro bono, any other fee is paid (a sponsor&apos;s payment included). Choose here when this engagement is otherwise.</source>
        <translation>Honorários de 0 são pro bono; qualquer outro valor é pago (inclusive pagamento de um patrocinador). Escolha aqui quando este processo for diferente.</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>&amp;Autorizou em</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Coaching</translation>
    </message>
    <message>
        <source>&amp;Hours are</source>
        <translation>As &amp;horas são</translation>
    </message>
    <message>
        <source>Without the client&apos;s agreement the log lists them as a confidential client, with the sponsor contact&apos;s email where there is one.</source>
        <translation>Sem a autorização do cliente, o registro o lista como cliente confidencial, com o e-mail do contato do patrocinador, quando houver.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nova fatura</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>esta fatura</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir fatura</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Your address and contact are not in Settings → Invoices yet: the invoice will carry only your name. Add them there first if it should carry them.</source>
        <translation>Seu endereço e contato ainda não estão em Configurações → Faturas: a fatura levará apenas o seu nome. Adicione-os lá primeiro se ela deve levá-los.</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vencimento</translation>
    </message>
    <message>
        <source>e.g. VAT or Sales tax</source>
        <translation>ex.: ISS</translation>
    </message>
    <message>
        <source>No tax line</source>
        <translation>Sem linha de imposto</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Alíquota de imposto</translation>
    </message>
    <message>
        <source>Dates, minutes and sums only: no notes, goals or places. The number is given when you issue the invoice; it is never changed or reused (a mistake is voided, and stays on the list as voided).</source>
        <translation>Só datas, minutos e valores: nenhuma anotação, objetivo ou local. O número é atribuído quando você emite a fatura; nunca é alterado nem reutilizado (um erro é anulado e continua na lista como anulado).</translation>
    </message>
    <message>
        <source>Every held or missed session of this client is already on an invoice (a package billed whole bills its sessions). Sessions appear here once they are held.</source>
        <translation>Todas as sessões realizadas ou faltadas deste cliente já estão em uma fatura (um pacote faturado inteiro fatura suas sessões). As sessões aparecem aqui assim que são realizadas.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Processo</translation>
    </message>
    <message>
        <source>&amp;Bill to</source>
        <translation>&amp;Faturar para</translation>
    </message>
    <message>
        <source>For the &amp;attention of</source>
        <translation>&amp;Aos cuidados de</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>&amp;Data da fatura</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>&amp;Imposto</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (the sponsor)</source>
        <translation>%1 (o patrocinador)</translation>
    </message>
    <message numerus="yes">
        <source>Bill the whole package now: %n sessions for %1</source>
        <translation>
            <numerusform>Faturar o pacote inteiro agora: %n sessão para %1</numerusform>
            <numerusform>Faturar o pacote inteiro agora: %n sessões para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Ninguém em especial</translation>
    </message>
    <message>
        <source>Billed to the client, not the sponsor. %1</source>
        <translation>Faturado ao cliente, não ao patrocinador. %1</translation>
    </message>
    <message>
        <source>The sponsor has no postal address yet: the invoice will go without one. Add it on the sponsor&apos;s page first if it should carry one.</source>
        <translation>O patrocinador ainda não tem endereço postal: a fatura sairá sem ele. Se ela precisar de um, adicione-o antes na página do patrocinador.</translation>
    </message>
    <message>
        <source>No postal address for this client yet: the invoice will go without one. Add it with Edit details on the client&apos;s page first if it should carry one.</source>
        <translation>Este cliente ainda não tem endereço postal: a fatura sairá sem ele. Se ela precisar de um, adicione-o antes com Editar dados na página do cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %n</source>
        <translation>
            <numerusform>Sessões: %n</numerusform>
            <numerusform>Sessões: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>O pacote inteiro</translation>
    </message>
    <message>
        <source>subtotal %1</source>
        <translation>subtotal %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marcar como paga</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Paga em</translation>
    </message>
    <message>
        <source>Invoice %1, %2, due %3.</source>
        <translation>Fatura %1, %2, vencimento em %3.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Anular fatura</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>o motivo</translation>
    </message>
    <message>
        <source>e.g. Wrong address; issued again as the next number</source>
        <translation>ex.: Endereço errado; emitida de novo com o próximo número</translation>
    </message>
    <message>
        <source>Log a data-protection request</source>
        <translation>Registrar uma solicitação de proteção de dados</translation>
    </message>
    <message>
        <source>this request</source>
        <translation>esta solicitação</translation>
    </message>
    <message>
        <source>Log request</source>
        <translation>Registrar solicitação</translation>
    </message>
    <message>
        <source>e.g. passport seen on a video call</source>
        <translation>ex.: passaporte visto em uma chamada de vídeo</translation>
    </message>
    <message>
        <source>From %1. The deadline is one month after the day it arrived; you may extend it once by two months, telling the client why.</source>
        <translation>De %1. O prazo é de um mês a partir do dia em que chegou; você pode prorrogá-lo uma vez por dois meses, explicando o motivo ao cliente.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitação</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Re&amp;cebida em</translation>
    </message>
    <message>
        <source>&amp;Identity checked</source>
        <translation>&amp;Identidade verificada</translation>
    </message>
    <message>
        <source>&amp;Note on the check</source>
        <translation>&amp;Observação sobre a verificação</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identidade verificada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prorrogar o prazo</translation>
    </message>
    <message>
        <source>this extension</source>
        <translation>esta prorrogação</translation>
    </message>
    <message>
        <source>Extend by two months</source>
        <translation>Prorrogar por dois meses</translation>
    </message>
    <message>
        <source>e.g. records across three engagements to go through</source>
        <translation>ex.: registros de três processos a revisar</translation>
    </message>
    <message>
        <source>Due on %1 (%2). Extended, it is due on %3. Tell the client within the first month, with this reason.</source>
        <translation>Vence em %1 (%2). Prorrogado, vence em %3. Informe o cliente dentro do primeiro mês, com este motivo.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Registrar o resultado</translation>
    </message>
    <message>
        <source>this outcome</source>
        <translation>este resultado</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <source>e.g. corrected her email address</source>
        <translation>ex.: corrigido o e-mail dela</translation>
    </message>
    <message>
        <source>Sent as disclosure D-%1.</source>
        <translation>Enviado como divulgação D-%1.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Res&amp;pondida em</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <source>Invoice %1 stays on the list under its number, marked voided, and nothing is due on it. This cannot be undone. Its sessions can go on a new invoice, which takes the next number.</source>
        <translation>A fatura %1 continua na lista com o seu número, marcada como anulada, e nada é devido por ela. Isso não pode ser desfeito. As sessões dela podem ir para uma nova fatura, que recebe o próximo número.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Missed (the client did not come)</source>
        <translation>Faltada (o cliente não veio)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sessão</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>On-line, escritório do cliente, …</translation>
    </message>
    <message>
        <source>As the session keeps it. The engagement&apos;s fee: %1</source>
        <translation>Conforme registrado na sessão. Honorários do processo: %1</translation>
    </message>
    <message>
        <source>its fee, or the engagement&apos;s word</source>
        <translation>os honorários da sessão, ou o que o processo indica</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, minutes or status. Its time of day and place may change.</source>
        <translation>Esta sessão está na fatura %1: anule a fatura antes de alterar a data, os minutos ou a situação. O horário e o local podem mudar.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Situação</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorários</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Esta sessão está na fatura %1: anule a fatura primeiro para torná-la pro bono.</translation>
    </message>
    <message>
        <source>The minutes of a held session are the ones the tax export shows.</source>
        <translation>Os minutos de uma sessão realizada são os que a exportação fiscal mostra.</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Registro de horas</translation>
    </message>
    <message>
        <source>Pro bono: %1 not charged</source>
        <translation>Pro bono: %1 não cobrado</translation>
    </message>
    <message>
        <source>A held or missed session has already happened: change its date, or mark it planned.</source>
        <translation>Uma sessão realizada ou faltada já aconteceu: altere a data ou marque-a como agendada.</translation>
    </message>
    <message>
        <source>End of session</source>
        <translation>Fim da sessão</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Deixar como está</translation>
    </message>
    <message>
        <source>&amp;Back to the note</source>
        <translation>&amp;Voltar à anotação</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes to keep</source>
        <translation>Minutos a manter</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Realizada</translation>
    </message>
    <message>
        <source>M&amp;issed (the client did not come)</source>
        <translation>&amp;Faltada (o cliente não compareceu)</translation>
    </message>
    <message>
        <source>&amp;Discard: started by mistake</source>
        <translation>&amp;Descartar: iniciada por engano</translation>
    </message>
    <message>
        <source>Nothing was written: the session is removed, and the audit log keeps that it was discarded.</source>
        <translation>Nada foi escrito: a sessão é removida, e a trilha de auditoria registra que ela foi descartada.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medidos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>&amp;Minutes to keep</source>
        <translation>M&amp;inutos a manter</translation>
    </message>
    <message>
        <source>The session was</source>
        <translation>A sessão foi</translation>
    </message>
    <message>
        <source>The minutes kept here are the ones the tax export shows. A missed session keeps its planned minutes.</source>
        <translation>Os minutos mantidos aqui são os que a exportação fiscal mostra. Uma sessão faltada mantém os minutos previstos.</translation>
    </message>
    <message>
        <source>CoachDesk locked at %1 while your session with %2 (%3) was open.</source>
        <translation>O CoachDesk foi bloqueado às %1 enquanto sua sessão com %2 (%3) estava aberta.</translation>
    </message>
    <message>
        <source>CoachDesk was closed at %1 while your session with %2 (%3) was open.</source>
        <translation>O CoachDesk foi fechado às %1 enquanto sua sessão com %2 (%3) estava aberta.</translation>
    </message>
    <message numerus="yes">
        <source>Your note was saved. The session was kept as held for %n min, as measured (planned: %1 min).</source>
        <translation>
            <numerusform>Sua anotação foi salva. A sessão foi mantida como realizada com %n min, conforme medido (previstos: %1 min).</numerusform>
            <numerusform>Sua anotação foi salva. A sessão foi mantida como realizada com %n min, conforme medido (previstos: %1 min).</numerusform>
        </translation>
    </message>
    <message>
        <source>Review it now to correct the minutes, or to mark it missed? You can also change it later: Edit session… on the client&apos;s Sessions tab.</source>
        <translation>Revisar agora para corrigir os minutos ou marcá-la como faltada? Você também pode alterar depois: Editar sessão… na aba Sessões do cliente.</translation>
    </message>
    <message>
        <source>A session was cut short</source>
        <translation>Uma sessão foi interrompida</translation>
    </message>
    <message>
        <source>Review the session…</source>
        <translation>Revisar a sessão…</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Deixar como está</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation>ex.: Acme Ltda.</translation>
    </message>
    <message>
        <source>&amp;Billing name</source>
        <translation>Nome para &amp;faturamento</translation>
    </message>
    <message>
        <source>who invoices go to</source>
        <translation>a quem as faturas são enviadas</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <source>Street, town, postcode, country: one a line</source>
        <translation>Rua, cidade, CEP, país: um por linha</translation>
    </message>
    <message>
        <source>New sponsor</source>
        <translation>Novo patrocinador</translation>
    </message>
    <message>
        <source>this sponsor</source>
        <translation>este patrocinador</translation>
    </message>
    <message>
        <source>Edit sponsor</source>
        <translation>Editar patrocinador</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>e.g. HR business partner</source>
        <translation>ex.: Business partner de RH</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Novo contato</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contato</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CoachDesk could not write %1 (%2). Nothing was exported.</source>
        <translation>O CoachDesk não conseguiu gravar %1 (%2). Nada foi exportado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvo %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar na &amp;pasta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>No file manager answered. The file is in %1</source>
        <translation>Nenhum gerenciador de arquivos respondeu. O arquivo está em %1</translation>
    </message>
    <message>
        <source>No app to open it answered. The file is in %1</source>
        <translation>Nenhum aplicativo para abri-lo respondeu. O arquivo está em %1</translation>
    </message>
    <message>
        <source>Closed when CoachDesk locked, with changes that were not saved: %1. Those changes need entering again.</source>
        <translation>Fechado quando o CoachDesk foi bloqueado, com alterações não salvas: %1. Essas alterações precisam ser digitadas de novo.</translation>
    </message>
    <message>
        <source>What was saved before is safe.</source>
        <translation>O que foi salvo antes está seguro.</translation>
    </message>
    <message>
        <source>A note was not saved</source>
        <translation>Uma anotação não foi salva</translation>
    </message>
    <message>
        <source>Unsaved changes were discarded</source>
        <translation>Alterações não salvas foram descartadas</translation>
    </message>
    <message>
        <source>%1 per session</source>
        <translation>%1 por sessão</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the engagement (planned sessions: %n)</source>
        <translation>
            <numerusform>%1 pelo processo (sessões previstas: %n)</numerusform>
            <numerusform>%1 pelo processo (sessões previstas: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the engagement</source>
        <translation>%1 pelo processo</translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n), to be used by %2</source>
        <translation>
            <numerusform>%1 por um pacote (sessões: %n), a usar até %2</numerusform>
            <numerusform>%1 por um pacote (sessões: %n), a usar até %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n)</source>
        <translation>
            <numerusform>%1 por um pacote (sessões: %n)</numerusform>
            <numerusform>%1 por um pacote (sessões: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fee basis to confirm</source>
        <translation>%1: base dos honorários a confirmar</translation>
    </message>
    <message numerus="yes">
        <source>In all: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Total: %1 (sessões previstas: %n)</numerusform>
            <numerusform>Total: %1 (sessões previstas: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Parte de cada sessão: %1 (sessões previstas: %n)</numerusform>
            <numerusform>Parte de cada sessão: %1 (sessões previstas: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No number of sessions planned: sessions carry no share of the fee.</source>
        <translation>Nenhum número de sessões previsto: as sessões não recebem parte dos honorários.</translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (sessions in the package: %n)</source>
        <translation>
            <numerusform>Parte de cada sessão: %1 (sessões no pacote: %n)</numerusform>
            <numerusform>Parte de cada sessão: %1 (sessões no pacote: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n used</source>
        <translation>
            <numerusform>%1 de %n usadas</numerusform>
            <numerusform>%1 de %n usadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n pro bono)</source>
        <translation>
            <numerusform> (e %n pro bono)</numerusform>
            <numerusform> (e %n pro bono)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every session of the package is used.</source>
        <translation>Todas as sessões do pacote foram usadas.</translation>
    </message>
    <message>
        <source>The last session is booked.</source>
        <translation>A última sessão está agendada.</translation>
    </message>
    <message numerus="yes">
        <source>Booked beyond the package: %n more than it holds.</source>
        <translation>
            <numerusform>Agendado além do pacote: %n a mais do que ele inclui.</numerusform>
            <numerusform>Agendado além do pacote: %n a mais do que ele inclui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last day is today.</source>
        <translation>O último dia é hoje.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>O último dia é %1 (dias restantes: %n).</numerusform>
            <numerusform>O último dia é %1 (dias restantes: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its last day was %1; sessions unused: %n.</source>
        <translation>
            <numerusform>O último dia foi %1; sessões não usadas: %n.</numerusform>
            <numerusform>O último dia foi %1; sessões não usadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions used</source>
        <translation>Todas as sessões usadas</translation>
    </message>
    <message>
        <source>Booked beyond it</source>
        <translation>Agendado além do pacote</translation>
    </message>
    <message>
        <source>Last session booked</source>
        <translation>Última sessão agendada</translation>
    </message>
    <message>
        <source>Last day near</source>
        <translation>Último dia próximo</translation>
    </message>
    <message>
        <source>Last day passed</source>
        <translation>Último dia já passou</translation>
    </message>
    <message numerus="yes">
        <source>Last day: %1 (days left: %n)</source>
        <translation>
            <numerusform>Último dia: %1 (dias restantes: %n)</numerusform>
            <numerusform>Último dia: %1 (dias restantes: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>Do cliente</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Sua</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>vence em %1, atrasada</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence em %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrita em %1</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como feita</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>paga em %1</translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation>anulada em %1</translation>
    </message>
    <message>
        <source>Issued %1 · %2</source>
        <translation>Emitida em %1 · %2</translation>
    </message>
    <message>
        <source>a payment recorded %1 on this computer was set aside: refund it or put it on a new invoice</source>
        <translation>um pagamento registrado em %1 neste computador foi deixado de lado: reembolse-o ou inclua-o em uma nova fatura</translation>
    </message>
    <message>
        <source>a payment recorded %1 on computer %2 was set aside: refund it or put it on a new invoice</source>
        <translation>um pagamento registrado em %1 no computador %2 foi deixado de lado: reembolse-o ou inclua-o em uma nova fatura</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nova &amp;fatura…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Salvar P&amp;DF…</translation>
    </message>
    <message>
        <source>Mark pai&amp;d…</source>
        <translation>Marcar como pa&amp;ga…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>No invoices yet.
An invoice bills held sessions: their dates, minutes and fees, never what was said. Numbers run on without a gap each year.</source>
        <translation>Nenhuma fatura ainda.
Uma fatura cobra sessões realizadas: datas, minutos e honorários, nunca o que foi dito. A numeração segue sem lacunas a cada ano.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Nova fatura…</translation>
    </message>
    <message>
        <source>Mark un&amp;paid</source>
        <translation>Marcar como não pa&amp;ga</translation>
    </message>
    <message>
        <source>Invoice %1 issued. Save its PDF to send it.</source>
        <translation>Fatura %1 emitida. Salve o PDF para enviá-la.</translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation>Salvar a fatura</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2. This export is recorded.</source>
        <translation>Fatura %1 salva em %2. Esta exportação fica registrada.</translation>
    </message>
    <message>
        <source>Mark unpaid</source>
        <translation>Marcar como não paga</translation>
    </message>
    <message>
        <source>Mark invoice %1 unpaid again? Its payment on %2 is forgotten.</source>
        <translation>Marcar a fatura %1 como não paga de novo? O pagamento em %2 será esquecido.</translation>
    </message>
    <message>
        <source>Invoice %1 marked paid.</source>
        <translation>Fatura %1 marcada como paga.</translation>
    </message>
    <message>
        <source>Invoice %1 voided.</source>
        <translation>Fatura %1 anulada.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>No sponsor: the client pays</source>
        <translation>Sem patrocinador: o cliente paga</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Pacote: %1</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Honorários %1</translation>
    </message>
    <message>
        <source>Sessions planned: %1</source>
        <translation>Sessões previstas: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Nenhum objetivo ainda</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · private reflection</source>
        <translation> · reflexão privada</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Pro bono: not billed</source>
        <translation>Pro bono: não faturada</translation>
    </message>
    <message>
        <source>Signed by %1 of %2</source>
        <translation>Assinado por %1 de %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>For %1 · %2 to %3</source>
        <translation>Para %1 · %2 a %3</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Próxima sessão: %1</translation>
    </message>
    <message>
        <source>No session planned</source>
        <translation>Nenhuma sessão agendada</translation>
    </message>
    <message>
        <source>Last held: %1</source>
        <translation>Última realizada: %1</translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation>Nenhuma realizada ainda</translation>
    </message>
    <message>
        <source>Approved %1, %2</source>
        <translation>Aprovado em %1, %2</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, até %1</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>O relatório: %1.</translation>
    </message>
    <message>
        <source>Item %1 “%2”: %3.</source>
        <translation>Item %1 “%2”: %3.</translation>
    </message>
    <message>
        <source>Exported D-%1</source>
        <translation>Exportado D-%1</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Pronto para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 de %n aprovado</numerusform>
            <numerusform>%1 de %n aprovados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n struck, nothing to send</source>
        <translation>
            <numerusform>%n riscado, nada a enviar</numerusform>
            <numerusform>%n riscados, nada a enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in it yet</source>
        <translation>Nada nele ainda</translation>
    </message>
    <message>
        <source>changed since it was sent</source>
        <translation>alterado desde o envio</translation>
    </message>
    <message numerus="yes">
        <source>%n struck by the client</source>
        <translation>
            <numerusform>%n riscado pelo cliente</numerusform>
            <numerusform>%n riscados pelo cliente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can leave yet:</source>
        <translation>Nada pode sair ainda:</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Período: %1 a %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalidade: %1</translation>
    </message>
    <message>
        <source>Print &amp;in:</source>
        <translation>&amp;Idioma de impressão:</translation>
    </message>
    <message>
        <source>Print in</source>
        <translation>Idioma de impressão</translation>
    </message>
    <message>
        <source>The language of CoachDesk&apos;s words in the report and its release form: headings, labels, session facts and dates. The client&apos;s words print as they were approved.</source>
        <translation>O idioma das palavras do CoachDesk no relatório e no seu formulário de autorização: títulos, rótulos, dados das sessões e datas. As palavras do cliente são impressas como foram aprovadas.</translation>
    </message>
    <message>
        <source>Print in another language</source>
        <translation>Imprimir em outro idioma</translation>
    </message>
    <message>
        <source>The client approved this report printed in %1. Printed in %2, it needs their approval again before it can be sent.</source>
        <translation>O cliente aprovou este relatório impresso em %1. Impresso em %2, ele precisa da aprovação do cliente de novo antes de poder ser enviado.</translation>
    </message>
    <message>
        <source>Print in %1</source>
        <translation>Imprimir em %1</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgações</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Divulgação</translation>
    </message>
    <message>
        <source>Nothing has left the vault yet. Each report you export, and each legal export, is logged here: to whom, when, why, and the exact words.</source>
        <translation>Nada saiu do cofre ainda. Cada relatório que você exporta, e cada exportação legal, fica registrado aqui: para quem, quando, por quê e as palavras exatas.</translation>
    </message>
    <message>
        <source>What left, to whom, and why</source>
        <translation>O que saiu, para quem e por quê</translation>
    </message>
    <message>
        <source>Access request bundle</source>
        <translation>Pacote de acesso</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>When: %1 UTC</source>
        <translation type="vanished">Quando: %1 UTC</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Sobre: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base legal: %1</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>SHA-256 do arquivo: %1</translation>
    </message>
    <message>
        <source>Printed in: %1</source>
        <translation>Impresso em: %1</translation>
    </message>
    <message>
        <source>Session facts sent (as the agreement allows):</source>
        <translation>Dados das sessões enviados (conforme o acordo permite):</translation>
    </message>
    <message numerus="yes">
        <source>The exact words sent (%n passage(s)):</source>
        <translation>
            <numerusform>As palavras exatas enviadas (%n trecho):</numerusform>
            <numerusform>As palavras exatas enviadas (%n trechos):</numerusform>
        </translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation>O que você lhe disse</translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation>A solicitação escolhida</translation>
    </message>
    <message>
        <source>No sponsor requests logged. When a sponsor asks what happens in the coaching, log it here: you see what the agreement lets them receive, and record how you answered.</source>
        <translation>Nenhuma solicitação de patrocinador registrada. Quando um patrocinador perguntar o que acontece no coaching, registre aqui: você vê o que o acordo permite que ele receba e anota como respondeu.</translation>
    </message>
    <message>
        <source>Log a request…</source>
        <translation>Registrar uma solicitação…</translation>
    </message>
    <message>
        <source>Your address and contact, as invoices show them</source>
        <translation>Seu endereço e contato, como aparecem nas faturas</translation>
    </message>
    <message>
        <source>VAT, GST or tax number</source>
        <translation>CNPJ, CPF ou número fiscal</translation>
    </message>
    <message>
        <source>e.g. VAT</source>
        <translation>ex.: ISS</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Bank account, or how clients pay you</source>
        <translation>Conta bancária, Pix ou como os clientes pagam você</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Your &amp;details</source>
        <translation>Seus &amp;dados</translation>
    </message>
    <message>
        <source>Ta&amp;x number</source>
        <translation>Número &amp;fiscal</translation>
    </message>
    <message>
        <source>Tax &amp;line</source>
        <translation>&amp;Linha de imposto</translation>
    </message>
    <message>
        <source>Days to &amp;pay</source>
        <translation>Prazo de &amp;pagamento</translation>
    </message>
    <message>
        <source>How to pa&amp;y</source>
        <translation>Como pa&amp;gar</translation>
    </message>
    <message>
        <source>Copied onto each invoice as it is issued: a change here never alters an invoice already issued.</source>
        <translation>Copiado em cada fatura no momento da emissão: uma alteração aqui nunca muda uma fatura já emitida.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Novo modelo</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Remover modelo</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>O nome do modelo</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <source>The template&apos;s sections</source>
        <translation>As seções do modelo</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Quem pode ver</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pergunta-guia</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Adicionar &amp;seção</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Remover seção</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Salvar &amp;modelo</translation>
    </message>
    <message>
        <source>A session&apos;s notes start from a template. Each section says who may see what is written in it, and is kept as a note of its own. The coach&apos;s reflection is yours alone, always.</source>
        <translation>As anotações de uma sessão começam a partir de um modelo. Cada seção indica quem pode ver o que é escrito nela e é guardada como uma anotação própria. A reflexão do coach é só sua, sempre.</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Modelos de anotação</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection: coach only, always</source>
        <translation>A reflexão do coach: só o coach, sempre</translation>
    </message>
    <message>
        <source>(new template)</source>
        <translation>(novo modelo)</translation>
    </message>
    <message>
        <source>Saved. New sessions can start from it.</source>
        <translation>Salvo. Novas sessões podem começar a partir dele.</translation>
    </message>
    <message>
        <source>Removed. Notes written with it keep their sections.</source>
        <translation>Removido. As anotações escritas com ele mantêm suas seções.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %1 · kept %n year(s), until %2</source>
        <translation>
            <numerusform>Encerrado em %1 · guardado por %n ano, até %2</numerusform>
            <numerusform>Encerrado em %1 · guardado por %n anos, até %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Prazo de guarda vencido</translation>
    </message>
    <message>
        <source>%1 · running since %2</source>
        <translation>%1 · em andamento desde %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>%1 · waiting for: %2</source>
        <translation>%1 · aguardando: %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>em %n dia</numerusform>
            <numerusform>em %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1 (%2)</source>
        <translation>termina em %1 (%2)</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code.</source>
        <translation>Para restaurar seu backup mais recente, digite seu código de recuperação.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key. To restore your newest backup, type your recovery code.</source>
        <translation>O chaveiro deste computador não guarda a chave do seu cofre. Para restaurar seu backup mais recente, digite seu código de recuperação.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Verificando o backup…</translation>
    </message>
    <message>
        <source>Checking the backup made %1…</source>
        <translation>Verificando o backup feito em %1…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <source>Replace everything in your vault with the backup made %1? What you changed since it was made will be gone from the vault. The backup checked out; your vault as it is now is kept, encrypted, in the vault&apos;s folder, so this can be undone.</source>
        <translation>Substituir tudo no seu cofre pelo backup feito em %1? O que você alterou desde então deixará de estar no cofre. O backup foi verificado e está íntegro; seu cofre como está agora fica guardado, criptografado, na pasta do cofre, então isso pode ser desfeito.</translation>
    </message>
    <message>
        <source>Your vault will then open with the passphrase that was in use when the backup was made, or with the recovery code you typed.</source>
        <translation>Seu cofre passará a abrir com a frase secreta que estava em uso quando o backup foi feito, ou com o código de recuperação que você digitou.</translation>
    </message>
    <message>
        <source>Your vault will then open with the key of this backup: the recovery code you typed is the one to keep.</source>
        <translation>Seu cofre passará a abrir com a chave deste backup: o código de recuperação que você digitou é o que deve guardar.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Identity not checked</source>
        <translation>Identidade não verificada</translation>
    </message>
    <message>
        <source>Record it in the requests log: Data protection → Requests log → Identity checked…</source>
        <translation>Registre-a no registro de solicitações: Proteção de dados → Registro de solicitações → Identidade verificada…</translation>
    </message>
    <message>
        <source>Request logged: due on %1.</source>
        <translation>Solicitação registrada: vence em %1.</translation>
    </message>
    <message>
        <source>Save the access bundle (PDF; the JSON file goes beside it)</source>
        <translation>Salvar o pacote de acesso (PDF; o arquivo JSON fica ao lado)</translation>
    </message>
    <message>
        <source>Nothing was sent: no file was chosen.</source>
        <translation>Nada foi enviado: nenhum arquivo foi escolhido.</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Pacote salvo</translation>
    </message>
    <message>
        <source>The PDF and the JSON file were saved, and logged as disclosure D-%1. Once the client has both, record the access request as done today?</source>
        <translation>O PDF e o arquivo JSON foram salvos e registrados como divulgação D-%1. Quando o cliente tiver os dois, registrar a solicitação de acesso como concluída hoje?</translation>
    </message>
    <message>
        <source>Record as done</source>
        <translation>Registrar como concluída</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation>Arquivos salvos</translation>
    </message>
    <message>
        <source>Saved %1 and the CSV file beside it. Once the client has them, record the portability request as done today?</source>
        <translation>%1 foi salvo, com o arquivo CSV ao lado. Quando o cliente tiver os dois, registrar a solicitação de portabilidade como concluída hoje?</translation>
    </message>
    <message>
        <source>Save the client&apos;s data (JSON; the CSV file goes beside it)</source>
        <translation>Salvar os dados do cliente (JSON; o arquivo CSV fica ao lado)</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before erasing the records.</source>
        <translation>Feche as anotações em aberto deste cliente antes de apagar os registros.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), kept whole for the tax office</source>
        <translation>
            <numerusform>%n fatura, mantida inteira para o fisco</numerusform>
            <numerusform>%n faturas, mantidas inteiras para o fisco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the dates, lengths and fees of %n session(s)</source>
        <translation>
            <numerusform>as datas, durações e honorários de %n sessão</numerusform>
            <numerusform>as datas, durações e honorários de %n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the disclosure log, without their words</source>
        <translation>
            <numerusform>%n entrada do registro de divulgações, sem o texto</numerusform>
            <numerusform>%n entradas do registro de divulgações, sem o texto</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the client&apos;s records</source>
        <translation>Apagar os registros do cliente</translation>
    </message>
    <message>
        <source>Erase %1&apos;s records from the vault and from every backup in your backup folder? This cannot be undone. The law requires keeping: %2. The receipt says so.</source>
        <translation>Apagar os registros de %1 do cofre e de todos os backups da sua pasta de backup? Isso não pode ser desfeito. A lei exige manter: %2. O comprovante informa isso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Erase the records</source>
        <translation>Apagar os registros</translation>
    </message>
    <message>
        <source>Erasing the records…</source>
        <translation>Apagando os registros…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Não apagado</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Salvar o comprovante de apagamento</translation>
    </message>
    <message>
        <source>Erasure receipt saved.</source>
        <translation>Comprovante de apagamento salvo.</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Salvar o registro das operações de tratamento</translation>
    </message>
    <message>
        <source>Nothing was saved: no file was chosen.</source>
        <translation>Nada foi salvo: nenhum arquivo foi escolhido.</translation>
    </message>
    <message>
        <source>Record of processing saved to %1.</source>
        <translation>Registro das operações de tratamento salvo em %1.</translation>
    </message>
    <message>
        <source>Restoring the backup made %1…</source>
        <translation>Restaurando o backup feito em %1…</translation>
    </message>
    <message>
        <source>Unlock your vault as usual to carry on.</source>
        <translation>Desbloqueie seu cofre como sempre para continuar.</translation>
    </message>
    <message>
        <source>Your vault now holds the records of the backup made %1.</source>
        <translation>Seu cofre agora contém os registros do backup feito em %1.</translation>
    </message>
    <message>
        <source>The vault as it was before is kept, encrypted, in the vault&apos;s folder as %1.</source>
        <translation>O cofre como estava antes fica guardado, criptografado, na pasta do cofre como %1.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring.</source>
        <translation>A chave dele agora fica guardada no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>O chaveiro deste computador não conseguiu guardar a chave (%1) Até que consiga, o CoachDesk pede seu código de recuperação a cada início.</translation>
    </message>
    <message>
        <source>This computer now syncs as a new computer of the practice: the numbers it gives from now on carry the letter %1. What it had sent to the sync folder after the backup was made comes back from there.</source>
        <translation>Este computador agora sincroniza como um novo computador: os números que ele der a partir de agora levam a letra %1. O que ele tinha enviado para a pasta de sincronização depois do backup volta de lá.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Choose a new passphrase?</source>
        <translation>Escolher uma nova frase secreta?</translation>
    </message>
    <message>
        <source>Your vault now opens with the passphrase that was in use when the backup was made. If you do not remember it, choose a new one now: the recovery code you typed stands in for it.</source>
        <translation>Seu cofre agora abre com a frase secreta que estava em uso quando o backup foi feito. Se você não se lembrar dela, escolha uma nova agora: o código de recuperação que você digitou vale por ela.</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Escolher uma nova frase secreta</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>, always</source>
        <translation>, sempre</translation>
    </message>
    <message>
        <source>Who may see this note</source>
        <translation>Quem pode ver esta anotação</translation>
    </message>
    <message>
        <source>Who may see this note. A sponsor sees words from it only in a report the client approved.</source>
        <translation>Quem pode ver esta anotação. Um patrocinador só vê palavras dela em um relatório que o cliente aprovou.</translation>
    </message>
    <message>
        <source>&amp;Who may see it:</source>
        <translation>&amp;Quem pode ver:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves on to the next control.</source>
        <translation>Ctrl+Tab passa para o próximo controle.</translation>
    </message>
    <message>
        <source>Write your note. Everything saves by itself.</source>
        <translation>Escreva sua anotação. Tudo é salvo automaticamente.</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Escreva enquanto escuta. Tudo é salvo automaticamente.</translation>
    </message>
    <message>
        <source>The note&apos;s sections</source>
        <translation>As seções da anotação</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>Não salvo: %1 Tudo o que você digitou continua aqui e será salvo automaticamente assim que possível.</translation>
    </message>
    <message>
        <source>Not saved (%2): %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>Não salvo (%2): %1 Tudo o que você digitou continua aqui e será salvo automaticamente assim que possível.</translation>
    </message>
    <message>
        <source>Who may see the note: %1</source>
        <translation>Quem pode ver a anotação: %1</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modelo de anotação</translation>
    </message>
    <message>
        <source>One page, no sections</source>
        <translation>Uma página, sem seções</translation>
    </message>
    <message>
        <source>The page this note starts from. It can change until you write the first word.</source>
        <translation>A página de onde esta anotação começa. Ela pode mudar até você escrever a primeira palavra.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <source>handwritten signature</source>
        <translation>assinatura manuscrita</translation>
    </message>
    <message>
        <source>electronic signature</source>
        <translation>assinatura eletrônica</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencialmente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Signature: ______________________________     Date: ________________</source>
        <translation>Assinatura: ______________________________     Data: ________________</translation>
    </message>
    <message>
        <source>Between  </source>
        <translation>Entre  </translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Signed for the sponsor by %1 on %2 (%3).</source>
        <translation>Assinado pelo patrocinador por %1 em %2 (%3).</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (%3).</source>
        <translation>Assinado por %1 em %2 (%3).</translation>
    </message>
    <message>
        <source>Name: ______________________________</source>
        <translation>Nome: ______________________________</translation>
    </message>
    <message>
        <source>Title: ______________________________</source>
        <translation>Cargo: ______________________________</translation>
    </message>
    <message>
        <source>Printed from CoachDesk on %1 for signing. Each printing is recorded in the coach&apos;s records.</source>
        <translation>Impresso pelo CoachDesk em %1 para assinatura. Cada impressão é anotada nos registros do coach.</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Acordo de coaching</translation>
    </message>
    <message>
        <source>PREVIEW, not a disclosure · %1</source>
        <translation>PRÉVIA, não é uma divulgação · %1</translation>
    </message>
    <message>
        <source>Disclosure %1 · exported from CoachDesk on %2</source>
        <translation>Divulgação %1 · exportada do CoachDesk em %2</translation>
    </message>
    <message>
        <source>Coaching progress report</source>
        <translation>Relatório de progresso do coaching</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="vanished">Para</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Período</translation>
    </message>
    <message>
        <source>Access to their data (Art. 15)</source>
        <translation>Acesso aos seus dados (Art. 15)</translation>
    </message>
    <message>
        <source>A copy to take elsewhere (portability, Art. 20)</source>
        <translation>Uma cópia para levar a outro lugar (portabilidade, Art. 20)</translation>
    </message>
    <message>
        <source>Correction (Art. 16)</source>
        <translation>Retificação (Art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Apagamento (Art. 17)</translation>
    </message>
    <message>
        <source>Objection to a use of their data (Art. 21)</source>
        <translation>Oposição a um uso dos seus dados (Art. 21)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilidade</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Retificação</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Apagamento</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Oposição</translation>
    </message>
    <message>
        <source>Asked in person, by the client I know</source>
        <translation>Feita pessoalmente, pelo cliente que conheço</translation>
    </message>
    <message>
        <source>From the email or phone the client gave me</source>
        <translation>Pelo e-mail ou telefone que o cliente me informou</translation>
    </message>
    <message>
        <source>An identity document was shown</source>
        <translation>Foi apresentado um documento de identidade</translation>
    </message>
    <message>
        <source>I called the client back to confirm</source>
        <translation>Liguei de volta para o cliente para confirmar</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Done in part</source>
        <translation>Concluída em parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Withdrawn by the client</source>
        <translation>Retirada pelo cliente</translation>
    </message>
    <message>
        <source>It would reveal another person&apos;s information (such as a sponsor&apos;s own words)</source>
        <translation>Revelaria informações de outra pessoa (como as próprias palavras de um patrocinador)</translation>
    </message>
    <message>
        <source>The coach&apos;s own reflections, which the law lets me keep back</source>
        <translation>As reflexões do próprio coach, que a lei me permite reter</translation>
    </message>
    <message>
        <source>Needed to establish or defend a legal claim</source>
        <translation>Necessária para estabelecer ou defender um direito em juízo</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Dados de contato</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>What a sponsor asked about you</source>
        <translation>O que um patrocinador perguntou sobre você</translation>
    </message>
    <message>
        <source>Words sent to others</source>
        <translation>Textos enviados a terceiros</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>resta %n dia</numerusform>
            <numerusform>restam %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dia de atraso</numerusform>
            <numerusform>%n dias de atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>In the client&apos;s approved words</source>
        <translation>Nas palavras aprovadas pelo cliente</translation>
    </message>
    <message>
        <source>Each passage below was read and approved by the client, word for word, for this recipient.</source>
        <translation>Cada trecho abaixo foi lido e aprovado pelo cliente, palavra por palavra, para este destinatário.</translation>
    </message>
    <message>
        <source>Approved %1, %2.</source>
        <translation>Aprovado em %1, %2.</translation>
    </message>
    <message>
        <source>This report holds only passages the client approved word for word for its recipient, and the session facts the coaching agreement allows. It is confidential to its recipient; please do not pass it on.</source>
        <translation>Este relatório contém apenas trechos que o cliente aprovou palavra por palavra para o destinatário, e os dados das sessões que o acordo de coaching permite. É confidencial para o destinatário; por favor, não o repasse.</translation>
    </message>
    <message>
        <source>my coach</source>
        <translation>meu coach</translation>
    </message>
    <message>
        <source>Permission to share coaching information</source>
        <translation>Autorização para compartilhar informações do coaching</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts and the passages, word for word.</source>
        <translation>Eu, %1, autorizo %2 a enviar a %3 o relatório descrito abaixo, exatamente como está impresso aqui: quem o recebe, sua finalidade e período, os dados das sessões e os trechos, palavra por palavra.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts.</source>
        <translation>Eu, %1, autorizo %2 a enviar a %3 o relatório descrito abaixo, exatamente como está impresso aqui: quem o recebe, sua finalidade e período, os dados das sessões.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period and the passages, word for word.</source>
        <translation>Eu, %1, autorizo %2 a enviar a %3 o relatório descrito abaixo, exatamente como está impresso aqui: quem o recebe, sua finalidade e período e os trechos, palavra por palavra.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period.</source>
        <translation>Eu, %1, autorizo %2 a enviar a %3 o relatório descrito abaixo, exatamente como está impresso aqui: quem o recebe, sua finalidade e período.</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>O relatório como será enviado  ·  código do relatório %1</translation>
    </message>
    <message>
        <source>The session facts above come from the session records, as our coaching agreement allows (as recorded on %1). Nothing else from my coaching is shared.</source>
        <translation>Os dados das sessões acima vêm dos registros das sessões, como nosso acordo de coaching permite (conforme registrado em %1). Nada mais do meu coaching é compartilhado.</translation>
    </message>
    <message>
        <source>No session facts are sent. Nothing else from my coaching is shared.</source>
        <translation>Nenhum dado das sessões é enviado. Nada mais do meu coaching é compartilhado.</translation>
    </message>
    <message>
        <source>I may strike out any passage before signing. I may withdraw this permission at any time by telling my coach; passages not yet sent will then not be sent. If the purpose, the period, the facts or the recipient change, I will be asked again.</source>
        <translation>Posso riscar qualquer trecho antes de assinar. Posso revogar esta autorização a qualquer momento, avisando meu coach; os trechos ainda não enviados não serão mais enviados. Se a finalidade, o período, os dados ou o destinatário mudarem, serei consultado novamente.</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Trecho %1  ·  código das palavras %2</translation>
    </message>
    <message>
        <source>Approved [  ]     Struck out [  ]</source>
        <translation>Aprovado [  ]     Riscado [  ]</translation>
    </message>
    <message>
        <source>Expires on (optional): ________________</source>
        <translation>Expira em (opcional): ________________</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <source>Release form printed from CoachDesk on %1</source>
        <translation>Termo de autorização impresso pelo CoachDesk em %1</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Comprovante de consentimento</translation>
    </message>
    <message>
        <source>%1: %2; signed by %3 on %4 (%5)</source>
        <translation>%1: %2; assinado por %3 em %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2; not signed</source>
        <translation>%1: %2; não assinado</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; done on %5)</source>
        <translation>%1: %2 (de quem é a ação: %3; prazo: %4; concluída em %5)</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; open)</source>
        <translation>%1: %2 (de quem é a ação: %3; prazo: %4; em aberto)</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2: %3): %4</source>
        <translation>Código das palavras %1 (aprovação revogada em %2: %3): %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2): %3</source>
        <translation>Código das palavras %1 (aprovação revogada em %2): %3</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Comprovante</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Your coach (who keeps your record)</source>
        <translation>Seu coach (que mantém o seu registro)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprovado por</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Pode ser compartilhado com</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>How you approved</source>
        <translation>Como você aprovou</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Aprovado em</translation>
    </message>
    <message>
        <source>Approval ends</source>
        <translation>A aprovação termina</translation>
    </message>
    <message>
        <source>when you withdraw it</source>
        <translation>quando você a revogar</translation>
    </message>
    <message>
        <source>Signed form kept</source>
        <translation>Termo assinado guardado</translation>
    </message>
    <message>
        <source>yes, encrypted with your record</source>
        <translation>sim, criptografado com o seu registro</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>You withdrew this approval on %1: nothing in it is sent any more.</source>
        <translation>Você revogou esta aprovação em %1: nada dela é enviado a partir de agora.</translation>
    </message>
    <message>
        <source>The report as you approved it (report code %1)</source>
        <translation>O relatório como você o aprovou (código do relatório %1)</translation>
    </message>
    <message>
        <source>The exact words you approved</source>
        <translation>As palavras exatas que você aprovou</translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation>Como revogar</translation>
    </message>
    <message>
        <source>Nothing else from your coaching is shared: not your session notes, and nothing you have not approved word for word.</source>
        <translation>Nada mais do seu coaching é compartilhado: nem as anotações das suas sessões, nem nada que você não tenha aprovado palavra por palavra.</translation>
    </message>
    <message>
        <source>Consent receipt %1</source>
        <translation>Comprovante de consentimento %1</translation>
    </message>
    <message>
        <source>Consent receipt %1 · CoachDesk</source>
        <translation>Comprovante de consentimento %1 · CoachDesk</translation>
    </message>
    <message>
        <source>Complete client record: legal release</source>
        <translation>Registro completo do cliente: liberação legal</translation>
    </message>
    <message>
        <source>Released under a legal obligation or at the client&apos;s own request. This is not a sponsor report.</source>
        <translation>Liberado por obrigação legal ou a pedido do próprio cliente. Este não é um relatório para o patrocinador.</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base legal</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation>%1: %2 – %3 (%4)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="vanished">não assinado</translation>
    </message>
    <message>
        <source>What the sponsor may receive: </source>
        <translation>O que o patrocinador pode receber: </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not confirmed (nothing is sent)</source>
        <translation>não confirmado (nada é enviado)</translation>
    </message>
    <message>
        <source>Records kept %1 years; disposal: %2</source>
        <translation>Registros guardados por %1 anos; eliminação: %2</translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation>%1, %2 min, %3</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, às %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>coach&apos;s private note</source>
        <translation>anotação privada do coach</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anotação</translation>
    </message>
    <message>
        <source>%1 (%2), as it stands (saved %3)</source>
        <translation>%1 (%2), na versão atual (salva em %3)</translation>
    </message>
    <message>
        <source>Earlier version, saved %1</source>
        <translation>Versão anterior, salva em %1</translation>
    </message>
    <message>
        <source>open)</source>
        <translation type="vanished">em aberto)</translation>
    </message>
    <message>
        <source>Excerpts written for sponsors</source>
        <translation>Trechos escritos para patrocinadores</translation>
    </message>
    <message>
        <source>Reports to sponsors</source>
        <translation>Relatórios para patrocinadores</translation>
    </message>
    <message>
        <source>To %1: %2 (%3 to %4)</source>
        <translation>Para %1: %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>Item %1 (%2): %3</translation>
    </message>
    <message>
        <source>Approvals given, with the words approved</source>
        <translation>Aprovações dadas, com as palavras aprovadas</translation>
    </message>
    <message>
        <source>%1: %2, by %3, for %4; purpose: %5</source>
        <translation>%1: %2, por %3, para %4; finalidade: %5</translation>
    </message>
    <message>
        <source>the sponsor</source>
        <translation>o patrocinador</translation>
    </message>
    <message>
        <source>; until %1</source>
        <translation>; até %1</translation>
    </message>
    <message>
        <source>; signed form kept</source>
        <translation>; termo assinado guardado</translation>
    </message>
    <message>
        <source>The report as approved (report code %1): %2</source>
        <translation>O relatório como aprovado (código do relatório %1): %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Revogada em %1</translation>
    </message>
    <message>
        <source>(approved before CoachDesk kept the approved words)</source>
        <translation>(aprovado antes de o CoachDesk guardar as palavras aprovadas)</translation>
    </message>
    <message>
        <source>Words code %1: %2</source>
        <translation>Código das palavras %1: %2</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2: %3): %4</source>
        <translation type="vanished">Código das palavras %1 (aprovação revogada em %2: %3): %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2): %3</source>
        <translation type="vanished">Código das palavras %1 (aprovação revogada em %2): %3</translation>
    </message>
    <message>
        <source>Signed forms kept (encrypted in the vault)</source>
        <translation>Termos assinados guardados (criptografados no cofre)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3, %Ln byte(s), SHA-256 %4)</source>
        <translation>
            <numerusform>%1: %2 (%3, %Ln byte, SHA-256 %4)</numerusform>
            <numerusform>%1: %2 (%3, %Ln bytes, SHA-256 %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3 (D-%4); purpose: %5</source>
        <translation>%1: %2 para %3 (D-%4); finalidade: %5</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>; base legal: %1</translation>
    </message>
    <message>
        <source>File SHA-256 %1</source>
        <translation>SHA-256 do arquivo %1</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Solicitações do patrocinador</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Ainda sem resposta.</translation>
    </message>
    <message>
        <source>Answered on %1: %2</source>
        <translation>Respondida em %1: %2</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Respondida: %1</translation>
    </message>
    <message>
        <source>Client record (legal release)</source>
        <translation>Registro do cliente (liberação legal)</translation>
    </message>
    <message>
        <source> · legal release</source>
        <translation> · liberação legal</translation>
    </message>
    <message>
        <source>What was shared about you</source>
        <translation>O que foi compartilhado sobre você</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3.</source>
        <translation>Preparado para %1 por %2 em %3.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>seu coach</translation>
    </message>
    <message>
        <source>Nothing from your coaching has been shared with anyone.</source>
        <translation>Nada do seu coaching foi compartilhado com ninguém.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Purpose: %1 · Legal basis: %2</source>
        <translation>Finalidade: %1 · Base legal: %2</translation>
    </message>
    <message>
        <source>Facts from your session records, as your agreement allows: </source>
        <translation>Dados dos seus registros de sessão, como o seu acordo permite: </translation>
    </message>
    <message>
        <source>Your consent receipts</source>
        <translation>Seus comprovantes de consentimento</translation>
    </message>
    <message>
        <source>%1: approved %2 (%3) for %4</source>
        <translation>%1: aprovado em %2 (%3) para %4</translation>
    </message>
    <message>
        <source>Disposal receipt</source>
        <translation>Comprovante de eliminação</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Registros de</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número do cliente</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Eliminado em</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>the coach</source>
        <translation>o coach</translation>
    </message>
    <message>
        <source>Removed from the vault</source>
        <translation>Removido do cofre</translation>
    </message>
    <message>
        <source>The search index was rebuilt and the vault file compacted with secure deletion, so the removed words are not left in free space.</source>
        <translation>O índice de busca foi reconstruído e o arquivo do cofre foi compactado com exclusão segura, para que as palavras removidas não fiquem no espaço livre.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Seus dados pessoais</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3, in answer to your request of %4 (GDPR Art. 15).</source>
        <translation>Preparado para %1 por %2 em %3, em resposta à sua solicitação de %4 (GDPR Art. 15).</translation>
    </message>
    <message>
        <source>Your coach&apos;s details: %1</source>
        <translation>Dados do seu coach: %1</translation>
    </message>
    <message>
        <source>What is used, and what for</source>
        <translation>O que é usado, e para quê</translation>
    </message>
    <message>
        <source>Who received any of it</source>
        <translation>Quem recebeu alguma parte</translation>
    </message>
    <message>
        <source>Nothing about you has been disclosed to anyone.</source>
        <translation>Nada sobre você foi divulgado a ninguém.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Por quanto tempo é guardado</translation>
    </message>
    <message>
        <source>No agreement names a period yet.</source>
        <translation>Nenhum acordo define um prazo ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation>
            <numerusform>%n ano após o fim do processo</numerusform>
            <numerusform>%n anos após o fim do processo</numerusform>
        </translation>
    </message>
    <message>
        <source>no period named</source>
        <translation>nenhum prazo definido</translation>
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translation>O que foi retido, e por quê</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s). %2</source>
        <translation>
            <numerusform>%1: %n item. %2</numerusform>
            <numerusform>%1: %n itens. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The same data, for a computer to read, is in the JSON file sent with this one.</source>
        <translation>Os mesmos dados, legíveis por computador, estão no arquivo JSON enviado com este.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Registro das operações de tratamento</translation>
    </message>
    <message>
        <source>GDPR Art. 30(1). Generated by CoachDesk from the practice on %1.</source>
        <translation>GDPR Art. 30(1). Gerado pelo CoachDesk a partir dos seus registros em %1.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controlador</translation>
    </message>
    <message>
        <source>(your name is not set: Settings → Your name)</source>
        <translation>(seu nome não está definido: Configurações → Seu nome)</translation>
    </message>
    <message>
        <source>(your address and contact details are not set: Settings → Invoices → Your details)</source>
        <translation>(seu endereço e dados de contato não estão definidos: Configurações → Faturas → Seus dados)</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Finalidades do tratamento</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Categorias de titulares</translation>
    </message>
    <message numerus="yes">
        <source>Clients: %n (records held now)</source>
        <translation>
            <numerusform>Clientes: %n (registro guardado agora)</numerusform>
            <numerusform>Clientes: %n (registros guardados agora)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sponsors&apos; people (contacts): %n</source>
        <translation>
            <numerusform>Pessoas dos patrocinadores (contatos): %n</numerusform>
            <numerusform>Pessoas dos patrocinadores (contatos): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorias de dados pessoais</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Sponsors who pay for coaching, each receiving only what its agreement names and the words the client approved: %1</source>
        <translation>Patrocinadores que pagam pelo coaching, cada um recebendo apenas o que o seu acordo define e as palavras que o cliente aprovou: %1</translation>
    </message>
    <message>
        <source>No sponsor pays for coaching: nothing is reported to anyone.</source>
        <translation>Nenhum patrocinador paga pelo coaching: nada é relatado a ninguém.</translation>
    </message>
    <message numerus="yes">
        <source>Courts and authorities, only under a legal obligation (legal exports so far: %n)</source>
        <translation>
            <numerusform>Tribunais e autoridades, apenas por obrigação legal (exportações legais até agora: %n)</numerusform>
            <numerusform>Tribunais e autoridades, apenas por obrigação legal (exportações legais até agora: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers to other countries</source>
        <translation>Transferências para outros países</translation>
    </message>
    <message>
        <source>The encrypted backups are synced to a cloud service: %1. They are encrypted before they leave this computer; the service never holds the key.</source>
        <translation>Os backups criptografados são sincronizados com um serviço de nuvem: %1. Eles são criptografados antes de sair deste computador; o serviço nunca tem a chave.</translation>
    </message>
    <message>
        <source>None. The vault and its backups stay on this computer and drives the coach holds.</source>
        <translation>Nenhuma. O cofre e os backups ficam neste computador e em unidades que o coach guarda.</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Prazos de eliminação</translation>
    </message>
    <message>
        <source>No agreement names a retention period yet.</source>
        <translation>Nenhum acordo define um prazo de guarda ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) name no period: kept until the coach disposes of them</source>
        <translation>
            <numerusform>%n acordo não define prazo: guardado até o coach eliminá-lo</numerusform>
            <numerusform>%n acordos não definem prazo: guardados até o coach eliminá-los</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1 years after the engagement ends, then disposed of (vault and backups) with a receipt</source>
        <translation>
            <numerusform>%n acordo: %1 anos após o fim do processo, depois eliminado (cofre e backups) com comprovante</numerusform>
            <numerusform>%n acordos: %1 anos após o fim do processo, depois eliminados (cofre e backups) com comprovante</numerusform>
        </translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Medidas de segurança técnicas e organizacionais</translation>
    </message>
    <message>
        <source>The key is kept in the operating system&apos;s keyring (%1); a recovery code, written down by the coach, replaces it</source>
        <translation>A chave fica no chaveiro do sistema operacional (%1); um código de recuperação, anotado pelo coach, a substitui</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>o do sistema</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase the coach types at each unlock (PBKDF2-HMAC-SHA512); a recovery code, written down by the coach, replaces it</source>
        <translation>A chave é derivada de uma frase secreta que o coach digita a cada desbloqueio (PBKDF2-HMAC-SHA512); um código de recuperação, anotado pelo coach, a substitui</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n idle minute(s), and on demand</source>
        <translation>
            <numerusform>O cofre é bloqueado após %n minuto de inatividade, e quando solicitado</numerusform>
            <numerusform>O cofre é bloqueado após %n minutos de inatividade, e quando solicitado</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault locks on demand (no idle lock set)</source>
        <translation>O cofre é bloqueado quando solicitado (sem bloqueio por inatividade)</translation>
    </message>
    <message>
        <source>Encrypted backups (the vault&apos;s own key) to %1; daily: %2; each copy checked before it counts; rotated</source>
        <translation>Backups criptografados (com a própria chave do cofre) em %1; diários: %2; cada cópia verificada antes de valer; em rodízio</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet</source>
        <translation>Nenhuma pasta de backup escolhida ainda</translation>
    </message>
    <message numerus="yes">
        <source>Text copied out of CoachDesk leaves the clipboard after %n second(s) and at lock</source>
        <translation>
            <numerusform>O texto copiado do CoachDesk sai da área de transferência após %n segundo e ao bloquear</numerusform>
            <numerusform>O texto copiado do CoachDesk sai da área de transferência após %n segundos e ao bloquear</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing about a client is written to logs, temporary files or window titles; files written outside the vault are the coach&apos;s alone</source>
        <translation>Nada sobre um cliente é gravado em logs, arquivos temporários ou títulos de janela; os arquivos gravados fora do cofre são de responsabilidade exclusiva do coach</translation>
    </message>
    <message>
        <source>Every change is recorded in an audit trail; every disclosure is logged with the file&apos;s fingerprint</source>
        <translation>Cada alteração fica registrada em uma trilha de auditoria; cada divulgação é registrada com a impressão digital do arquivo</translation>
    </message>
    <message>
        <source>Record of processing · %1</source>
        <translation>Registro das operações de tratamento · %1</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Comprovante de apagamento</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Solicitação recebida em</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Apagado em</translation>
    </message>
    <message>
        <source>Erasure receipt %1 · printed %2</source>
        <translation>Comprovante de apagamento %1 · impresso em %2</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>No CoachDesk backups were found in the backup folder.</source>
        <translation>Nenhum backup do CoachDesk foi encontrado na pasta de backup.</translation>
    </message>
    <message>
        <source>Rewritten without this client and checked: %1</source>
        <translation>Regravado sem este cliente e verificado: %1</translation>
    </message>
    <message>
        <source>Deleted (it could not be rewritten): %1</source>
        <translation>Excluído (não foi possível regravá-lo): %1</translation>
    </message>
    <message>
        <source>Kept because the law requires it (legal hold)</source>
        <translation>Mantido porque a lei exige (retenção legal)</translation>
    </message>
    <message>
        <source>Invoices issued, kept whole for the tax office: %1</source>
        <translation>Faturas emitidas, mantidas inteiras para o fisco: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions&apos; dates, lengths and fees, without anything said (tax records): %n</source>
        <translation>
            <numerusform>Datas, durações e honorários das sessões, sem nada do que foi dito (registros fiscais): %n</numerusform>
            <numerusform>Datas, durações e honorários das sessões, sem nada do que foi dito (registros fiscais): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the disclosure log (who received a file, when, its fingerprint; not its words): %n</source>
        <translation>
            <numerusform>Entradas do registro de divulgações (quem recebeu um arquivo, quando, sua impressão digital; não o texto): %n</numerusform>
            <numerusform>Entradas do registro de divulgações (quem recebeu um arquivo, quando, sua impressão digital; não o texto): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This request&apos;s entry in the requests log (its dates and choices), to show it was answered.</source>
        <translation>A entrada desta solicitação no registro de solicitações (datas e escolhas), para mostrar que foi respondida.</translation>
    </message>
    <message>
        <source>Copies outside CoachDesk&apos;s vault and backup folder (files exported earlier, other backups) are not reached: dispose of those yourself.</source>
        <translation>Cópias fora do cofre e da pasta de backup do CoachDesk (arquivos exportados antes, outros backups) não são alcançadas: elimine-as você mesmo.</translation>
    </message>
    <message>
        <source>Erasure receipt DR-%1 · printed %2</source>
        <translation type="vanished">Comprovante de apagamento DR-%1 · impresso em %2</translation>
    </message>
    <message>
        <source>Kept, without content</source>
        <translation>Mantido, sem conteúdo</translation>
    </message>
    <message>
        <source>Session dates, lengths and fees (tax records); the log of disclosures (who received a file, when, and its fingerprint, but not its words); this disposal&apos;s record (client number, kinds, counts, date, basis). Copies outside CoachDesk&apos;s vault and backup folder (files you exported, other backups) are not reached: dispose of those yourself.</source>
        <translation>Datas, durações e honorários das sessões (registros fiscais); o registro de divulgações (quem recebeu um arquivo, quando e sua impressão digital, mas não o texto); o registro desta eliminação (número do cliente, tipos, quantidades, data, motivo). Cópias fora do cofre e da pasta de backup do CoachDesk (arquivos que você exportou, outros backups) não são alcançadas: elimine-as você mesmo.</translation>
    </message>
    <message>
        <source>Disposal receipt %1 · printed %2</source>
        <translation>Comprovante de eliminação %1 · impresso em %2</translation>
    </message>
    <message>
        <source>Client coaching log</source>
        <translation>Registro de horas por cliente</translation>
    </message>
    <message>
        <source>Toward the ICF %1 credential · printed %2</source>
        <translation>Para a credencial ICF %1 · impresso em %2</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Horas no total</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Horas pagas</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation>Horas pro bono</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Hours since %1 (18 months)</source>
        <translation>Horas desde %1 (18 meses)</translation>
    </message>
    <message>
        <source>No held sessions yet.</source>
        <translation>Nenhuma sessão realizada ainda.</translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation>Grupo de %1</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>%1 to %2 · paid %3 h · pro bono %4 h</source>
        <translation>%1 – %2 · pagas %3 h · pro bono %4 h</translation>
    </message>
    <message>
        <source>Clients who did not agree to be named are listed as confidential clients, with their sponsor&apos;s contact where there is one. Hours are held sessions only; no session content is in this log.</source>
        <translation>Clientes que não autorizaram ser mencionados aparecem como clientes confidenciais, com o contato do patrocinador quando houver. As horas são só de sessões realizadas; nenhum conteúdo de sessão está neste registro.</translation>
    </message>
    <message>
        <source>Client coaching log · %1</source>
        <translation>Registro de horas por cliente · %1</translation>
    </message>
    <message>
        <source>Whose action</source>
        <translation>De quem é a ação</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Remove this action item</source>
        <translation>Remover esta ação</translation>
    </message>
    <message>
        <source>From last time</source>
        <translation>Da última vez</translation>
    </message>
    <message>
        <source>Still open. Tick what is done.</source>
        <translation>Ainda em aberto. Marque o que foi feito.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações combinadas</translation>
    </message>
    <message>
        <source>None yet. Add one below, or start a line with [ ] in a section the client sees.</source>
        <translation>Nenhuma ainda. Adicione uma abaixo ou comece uma linha com [ ] em uma seção que o cliente vê.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Your key is in this computer&apos;s keyring again: CoachDesk opens without the recovery code next time.</source>
        <translation>Sua chave está de novo no chaveiro deste computador: o CoachDesk abre sem o código de recuperação na próxima vez.</translation>
    </message>
    <message>
        <source>You opened your vault with your recovery code. If you have forgotten your passphrase, choose a new one now; the code you just typed stands in for the current one.</source>
        <translation>Você abriu seu cofre com o código de recuperação. Se esqueceu sua frase secreta, escolha uma nova agora; o código que você acabou de digitar vale pela atual.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Seu cofre está danificado</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Some records may not open. Restore the newest backup that checks out? The damaged vault is kept beside it.</source>
        <translation>Uma verificação constatou que o seu cofre está danificado: %1. Alguns registros podem não abrir. Restaurar o backup íntegro mais recente? O cofre danificado é mantido ao lado.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Make a copy of the vault&apos;s folder now, and choose a backup folder in Settings.</source>
        <translation>Uma verificação constatou que o seu cofre está danificado: %1. Faça agora uma cópia da pasta do cofre e escolha uma pasta de backup em Configurações.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restaurando seu backup íntegro mais recente…</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept in the vault&apos;s folder.</source>
        <translation>Seu cofre agora contém o backup de %1. O cofre danificado é mantido na pasta do cofre.</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Fazendo backup… {percent}%</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2 MB)</source>
        <translation>Backup feito e verificado: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>CoachDesk will re-encrypt your vault with a new key and give you a new recovery code to write down. Your old code will no longer open the vault.</source>
        <translation>O CoachDesk vai criptografar de novo seu cofre com uma nova chave e dar a você um novo código de recuperação para anotar. O código antigo deixará de abrir o cofre.</translation>
    </message>
    <message>
        <source>Carry on?</source>
        <translation>Continuar?</translation>
    </message>
    <message>
        <source>Change the vault&apos;s key</source>
        <translation>Trocar a chave do cofre</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Trocar a chave</translation>
    </message>
    <message>
        <source>Changing your vault&apos;s key…</source>
        <translation>Trocando a chave do cofre…</translation>
    </message>
    <message>
        <source>The key was not changed.</source>
        <translation>A chave não foi trocada.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Trocar a frase secreta</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>As duas novas frases secretas não são iguais.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nova frase secreta</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Pelo menos %n caractere</numerusform>
            <numerusform>Pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>&amp;Repita a nova frase secreta</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase secreta &amp;atual</translation>
    </message>
    <message>
        <source>Forgotten it? Your recovery code works too</source>
        <translation>Esqueceu? O seu código de recuperação também funciona</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>a frase secreta</translation>
    </message>
    <message>
        <source>CoachDesk then shows a new recovery code to write down, and the one you have stops working: your passphrase makes the vault&apos;s key, so a new passphrase is a new key.</source>
        <translation>O CoachDesk então mostra um novo código de recuperação para anotar, e o que você tem deixa de funcionar: sua frase secreta gera a chave do cofre, então uma nova frase secreta é uma nova chave.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>Trocar &amp;frase secreta</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>Ainda não trocada</translation>
    </message>
    <message>
        <source>A backup is being made: change the passphrase once it has finished.</source>
        <translation>Um backup está sendo feito: troque a frase secreta quando ele terminar.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Trocando a frase secreta…</translation>
    </message>
    <message>
        <source>The change may not have finished: if your old passphrase does not open the vault, your new one will.</source>
        <translation>A troca pode não ter terminado: se a frase secreta antiga não abrir o cofre, a nova abrirá.</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (a drive not connected?): the backups in it keep the old key, and {old} still opens them.</source>
        <translation>Sua pasta de backup não está disponível agora (uma unidade desconectada?): os backups nela mantêm a chave antiga, e {old} ainda os abre.</translation>
    </message>
    <message>
        <source>Re-encrypted with the new key too, your backups no longer open with {old}.</source>
        <translation>Criptografados de novo com a nova chave, seus backups deixam de abrir com {old}.</translation>
    </message>
    <message>
        <source>your old passphrase or recovery code</source>
        <translation>sua frase secreta ou código de recuperação antigo</translation>
    </message>
    <message>
        <source>your old recovery code</source>
        <translation>seu código de recuperação antigo</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups too (%n in the backup folder)</source>
        <translation>
            <numerusform>Criptografar de novo os backups também (%n na pasta de backup)</numerusform>
            <numerusform>Criptografar de novo os backups também (%n na pasta de backup)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies that a sync service (Dropbox, OneDrive, iCloud Drive, Google Drive…) keeps in its own version history, and copies made elsewhere, are beyond CoachDesk&apos;s reach: delete them there if your old code may have been seen.</source>
        <translation>Cópias que um serviço de sincronização (Dropbox, OneDrive, iCloud Drive, Google Drive…) guarda no próprio histórico de versões, e cópias feitas em outros lugares, estão fora do alcance do CoachDesk: exclua-as lá se seu código antigo pode ter sido visto.</translation>
    </message>
    <message numerus="yes">
        <source>Your vault has its new key. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Seu cofre tem a nova chave. Criptografando de novo os backups com ela: {done} de %n…</numerusform>
            <numerusform>Seu cofre tem a nova chave. Criptografando de novo os backups com ela: {done} de %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock to carry on.</source>
        <translation>Desbloqueie para continuar.</translation>
    </message>
    <message>
        <source>Some copies keep the old key</source>
        <translation>Algumas cópias mantêm a chave antiga</translation>
    </message>
    <message numerus="yes">
        <source>Copies kept beside your vault that could not be re-encrypted: %n. They were left as they were and open only with {old}: keep it for them, or delete them.</source>
        <translation>
            <numerusform>Cópia guardada ao lado do seu cofre que não pôde ser criptografada de novo: %n. Ficou como estava e só abre com {old}: guarde-o para abri-la, ou exclua-a.</numerusform>
            <numerusform>Cópias guardadas ao lado do seu cofre que não puderam ser criptografadas de novo: %n. Ficaram como estavam e só abrem com {old}: guarde-o para abri-las, ou exclua-as.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your new passphrase and new recovery code open them; the old ones open none.</source>
        <translation>Sua nova frase secreta e seu novo código de recuperação os abrem; os antigos não abrem nenhum.</translation>
    </message>
    <message>
        <source>Your new recovery code opens them; the old one opens none.</source>
        <translation>Seu novo código de recuperação os abre; o antigo não abre nenhum.</translation>
    </message>
    <message numerus="yes">
        <source>Backups re-encrypted with the new key: %n.</source>
        <translation>
            <numerusform>Backup criptografado de novo com a nova chave: %n.</numerusform>
            <numerusform>Backups criptografados de novo com a nova chave: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Backups criptografados de novo</translation>
    </message>
    <message>
        <source>Your backup folder {folder} was not there (a drive not connected?), so its backups were not re-encrypted: {old} still opens them.</source>
        <translation>Sua pasta de backup {folder} não estava disponível (uma unidade desconectada?), então os backups nela não foram criptografados de novo: {old} ainda os abre.</translation>
    </message>
    <message numerus="yes">
        <source>Backups not re-encrypted: %n. They were left as they were and may still open with {old}: delete them if it may have been seen, or keep it for them.</source>
        <translation>
            <numerusform>Backup não criptografado de novo: %n. Ficou como estava e ainda pode abrir com {old}: exclua-o se ele pode ter sido visto, ou guarde-o para abri-lo.</numerusform>
            <numerusform>Backups não criptografados de novo: %n. Ficaram como estavam e ainda podem abrir com {old}: exclua-os se ele pode ter sido visto, ou guarde-o para abri-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some backups keep the old key</source>
        <translation>Alguns backups mantêm a chave antiga</translation>
    </message>
    <message>
        <source>Your vault has a new key, and its recovery code has not been confirmed as written down yet (a change was cut off, or CoachDesk closed while the code was on screen).</source>
        <translation>Seu cofre tem uma nova chave, e ainda não foi confirmado que o código de recuperação foi anotado (uma troca foi interrompida, ou o CoachDesk fechou enquanto o código estava na tela).</translation>
    </message>
    <message>
        <source>Your vault has a new key.</source>
        <translation>Seu cofre tem uma nova chave.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Seu novo código de recuperação</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it safe; the old one no longer opens your vault.</source>
        <translation>Anote este código de recuperação e guarde-o em local seguro; o antigo não abre mais o seu cofre.</translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation>Backups mais antigos</translation>
    </message>
    <message numerus="yes">
        <source>Your %n older backup(s) still open with your old recovery code, not the new one. Keep the old code until they have rotated away. Make a backup with the new key now?</source>
        <translation>
            <numerusform>%n backup mais antigo ainda abre com o código de recuperação antigo, não com o novo. Guarde o código antigo até que ele saia do rodízio. Fazer agora um backup com a nova chave?</numerusform>
            <numerusform>%n backups mais antigos ainda abrem com o código de recuperação antigo, não com o novo. Guarde o código antigo até que eles saiam do rodízio. Fazer agora um backup com a nova chave?</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>Sobre o CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk %1

A private, offline desk for coaches. Your records are kept in one encrypted file:
%2

SQLCipher %3</source>
        <translation>CoachDesk %1

Uma mesa de trabalho privada e off-line para coaches. Seus registros ficam em um único arquivo criptografado:
%2

SQLCipher %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>Export &amp;calendar file (.ics)…</source>
        <translation>Exportar arquivo de &amp;calendário (.ics)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;gora</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Arqui&amp;var cliente</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Locali&amp;zar cliente</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Co&amp;meçar sessão</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nova a&amp;notação</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>A&amp;gendar sessão…</translation>
    </message>
    <message>
        <source>Back to all clients</source>
        <translation>Voltar a todos os clientes</translation>
    </message>
    <message>
        <source>&amp;Disclosures and requests</source>
        <translation>&amp;Divulgações e solicitações</translation>
    </message>
    <message>
        <source>&amp;Legal export of the whole record…</source>
        <translation>Exportação &amp;legal do registro completo…</translation>
    </message>
    <message>
        <source>&amp;Packet for the client…</source>
        <translation>&amp;Pacote para o cliente…</translation>
    </message>
    <message>
        <source>Dispose of &amp;records…</source>
        <translation>Eliminar &amp;registros…</translation>
    </message>
    <message>
        <source>Data-protection re&amp;quest…</source>
        <translation>&amp;Solicitação de proteção de dados…</translation>
    </message>
    <message>
        <source>&amp;Access request: review and send…</source>
        <translation>Solicitação de &amp;acesso: revisar e enviar…</translation>
    </message>
    <message>
        <source>Data p&amp;ortability export…</source>
        <translation>Exportação para p&amp;ortabilidade…</translation>
    </message>
    <message>
        <source>Erasure req&amp;uest…</source>
        <translation>Solicitação de apagamen&amp;to…</translation>
    </message>
    <message>
        <source>&amp;Sponsors</source>
        <translation>&amp;Patrocinadores</translation>
    </message>
    <message>
        <source>&amp;New sponsor…</source>
        <translation>&amp;Novo patrocinador…</translation>
    </message>
    <message>
        <source>&amp;Edit sponsor…</source>
        <translation>&amp;Editar patrocinador…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Adicionar &amp;contato…</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>Ac&amp;ordos</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Novo acordo…</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>Editar &amp;texto…</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>Registrar &amp;assinatura…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Ati&amp;var</translation>
    </message>
    <message>
        <source>&amp;Print to PDF for signing…</source>
        <translation>&amp;Imprimir em PDF para assinatura…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Novo relatório…</translation>
    </message>
    <message>
        <source>&amp;Write an item…</source>
        <translation>&amp;Escrever um item…</translation>
    </message>
    <message>
        <source>&amp;Lift words from a note…</source>
        <translation>&amp;Tirar palavras de uma anotação…</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>Revisão com o &amp;cliente</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>Termo de a&amp;utorização…</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Registrar a&amp;provação…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Log a sponsor&apos;s re&amp;quest…</source>
        <translation>Registrar solicitação do patrocina&amp;dor…</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>Proteção de &amp;dados</translation>
    </message>
    <message>
        <source>&amp;Requests log…</source>
        <translation>&amp;Registro de solicitações…</translation>
    </message>
    <message>
        <source>Record of &amp;processing (Art. 30)…</source>
        <translation>Registro das o&amp;perações de tratamento (Art. 30)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Trilha de auditoria…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar em tudo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Sobre o CoachDesk</translation>
    </message>
    <message>
        <source>Edit report details…</source>
        <translation>Editar dados do relatório…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Editar sessão…</translation>
    </message>
    <message>
        <source>Save the whole record</source>
        <translation>Salvar o registro completo</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Registro exportado</translation>
    </message>
    <message>
        <source>The whole record was saved and logged as disclosure %1.</source>
        <translation>O registro completo foi salvo e registrado como divulgação %1.</translation>
    </message>
    <message>
        <source>Save the packet for the client</source>
        <translation>Salvar o pacote para o cliente</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>Packet saved</source>
        <translation>Pacote salvo</translation>
    </message>
    <message>
        <source>Saved to %1, and logged as disclosure %2.</source>
        <translation>Salvo em %1 e registrado como divulgação %2.</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Feche as anotações antes</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before disposing of the records.</source>
        <translation>Feche as anotações em aberto deste cliente antes de eliminar os registros.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after %1</source>
        <translation>
            <numerusform>Guardado %n ano após %1</numerusform>
            <numerusform>Guardados %n anos após %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposing of the records…</source>
        <translation>Eliminando os registros…</translation>
    </message>
    <message>
        <source>Not disposed</source>
        <translation>Não eliminado</translation>
    </message>
    <message>
        <source>Disposal failed (%1)</source>
        <translation>A eliminação falhou (%1)</translation>
    </message>
    <message>
        <source>Finish the disposal</source>
        <translation>Concluir a eliminação</translation>
    </message>
    <message>
        <source>This client&apos;s records were removed from the vault. Go over the backups and kept copies again, so none of them holds anything of this client?</source>
        <translation>Os registros deste cliente foram removidos do cofre. Revisar de novo os backups e as cópias guardadas, para que nenhum deles contenha nada deste cliente?</translation>
    </message>
    <message>
        <source>Save the disposal receipt</source>
        <translation>Salvar o comprovante de eliminação</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Comprovante não salvo</translation>
    </message>
    <message numerus="yes">
        <source>Items removed from the vault: %n.</source>
        <translation>
            <numerusform>Itens removidos do cofre: %n.</numerusform>
            <numerusform>Itens removidos do cofre: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups rewritten without them: %n.</source>
        <translation>
            <numerusform>Backups regravados sem eles: %n.</numerusform>
            <numerusform>Backups regravados sem eles: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups that could not be rewritten, and were deleted: %n.</source>
        <translation>
            <numerusform>Backups que não puderam ser regravados e foram excluídos: %n.</numerusform>
            <numerusform>Backups que não puderam ser regravados e foram excluídos: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records disposed of</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>%1 CoachDesk</source>
        <translation type="vanished">%1 · CoachDesk</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. %1 anyway and discard them?</source>
        <translation type="vanished">Um formulário tem alterações não salvas. %1 mesmo assim e descartá-las?</translation>
    </message>
    <message>
        <source>%1 and discard</source>
        <translation type="vanished">%1 e descartar</translation>
    </message>
    <message>
        <source>Lock CoachDesk</source>
        <translation>Bloquear o CoachDesk</translation>
    </message>
    <message>
        <source>Lock and discard</source>
        <translation>Bloquear e descartar</translation>
    </message>
    <message>
        <source>Quit CoachDesk</source>
        <translation>Sair do CoachDesk</translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation>Sair e descartar</translation>
    </message>
    <message>
        <source>Change the key and discard</source>
        <translation>Trocar a chave e descartar</translation>
    </message>
    <message>
        <source>Change the passphrase and discard</source>
        <translation>Trocar a frase secreta e descartar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Restore and discard</source>
        <translation>Restaurar e descartar</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. If you go on, they are discarded.</source>
        <translation>Um formulário tem alterações não salvas. Se você continuar, elas serão descartadas.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>(client removed)</source>
        <translation>(cliente removido)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Fatura %1</translation>
    </message>
    <message>
        <source>VOID: this invoice was voided on %1 (%2). Nothing is due on it.</source>
        <translation>ANULADA: esta fatura foi anulada em %1 (%2). Nada é devido por ela.</translation>
    </message>
    <message>
        <source>Paid on %1. Thank you.</source>
        <translation>Paga em %1. Obrigado.</translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation>Número fiscal: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Faturar para</translation>
    </message>
    <message>
        <source>For the attention of %1</source>
        <translation>Aos cuidados de %1</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número da fatura</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Data da fatura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tempo total</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total devido</translation>
    </message>
    <message>
        <source>Please pay by %1, quoting invoice %2.</source>
        <translation>Por favor, pague até %1, informando a fatura %2.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Como pagar</translation>
    </message>
    <message>
        <source>Invoice %1 · CoachDesk</source>
        <translation>Fatura %1 · CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk could not read “%1” (%2).</source>
        <translation>O CoachDesk não conseguiu ler “%1” (%2).</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(anotação vazia)</translation>
    </message>
    <message>
        <source>Open the requests &amp;log</source>
        <translation>Abrir o &amp;registro de solicitações</translation>
    </message>
    <message numerus="yes">
        <source>Data-protection requests to answer (%n): </source>
        <translation>
            <numerusform>Solicitação de proteção de dados a responder (%n): </numerusform>
            <numerusform>Solicitações de proteção de dados a responder (%n): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> e mais %n</numerusform>
            <numerusform> e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request: review what goes out</source>
        <translation>Solicitação de acesso: revise o que será enviado</translation>
    </message>
    <message>
        <source>this review</source>
        <translation>esta revisão</translation>
    </message>
    <message>
        <source>Make the bundle…</source>
        <translation>Montar o pacote…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Goes out?</source>
        <translation>Enviar?</translation>
    </message>
    <message>
        <source>Untick to withhold it, then choose why.</source>
        <translation>Desmarque para retê-lo e escolha o motivo.</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Items of the client&apos;s data</source>
        <translation>Itens dos dados do cliente</translation>
    </message>
    <message>
        <source>The chosen item, as it will be printed</source>
        <translation>O item escolhido, como será impresso</translation>
    </message>
    <message>
        <source>Choose why it is withheld…</source>
        <translation>Escolha o motivo da retenção…</translation>
    </message>
    <message>
        <source>Everything below goes to %1 in a PDF and a JSON file, unless you untick it. Withhold only what would reveal another person&apos;s information (a sponsor&apos;s own words) or what the law lets you keep back (your own reflections), and choose the reason: the client is told how many items were withheld from each part, and why.</source>
        <translation>Tudo abaixo vai para %1 em um PDF e um arquivo JSON, a menos que você desmarque. Retenha apenas o que revelaria informações de outra pessoa (as próprias palavras de um patrocinador) ou o que a lei permite reter (suas próprias reflexões), e escolha o motivo: o cliente é informado de quantos itens foram retidos em cada parte, e por quê.</translation>
    </message>
    <message>
        <source>&amp;Withheld because</source>
        <translation>&amp;Retido porque</translation>
    </message>
    <message>
        <source>Withheld: choose why</source>
        <translation>Retido: escolha o motivo</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retido</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go out</source>
        <translation>
            <numerusform>%n item vai</numerusform>
            <numerusform>%n itens vão</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n retido</numerusform>
            <numerusform>%n retidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose why the highlighted item is withheld, or tick it to send it.</source>
        <translation>Escolha o motivo da retenção do item destacado, ou marque-o para enviá-lo.</translation>
    </message>
    <message>
        <source>Paid — as the engagement&apos;s log entry says</source>
        <translation>Pago — conforme a entrada do processo no registro de horas</translation>
    </message>
    <message>
        <source>Pro bono — as the engagement&apos;s log entry says</source>
        <translation>Pro bono — conforme a entrada do processo no registro de horas</translation>
    </message>
    <message>
        <source>Paid — from the session&apos;s fee</source>
        <translation>Pago — pelos honorários da sessão</translation>
    </message>
    <message>
        <source>Pro bono — the session has no fee</source>
        <translation>Pro bono — a sessão não tem honorários</translation>
    </message>
    <message>
        <source>Paid — from the engagement&apos;s fee</source>
        <translation>Pago — pelos honorários do processo</translation>
    </message>
    <message>
        <source>Pro bono — the engagement has no fee</source>
        <translation>Pro bono — o processo não tem honorários</translation>
    </message>
    <message>
        <source>Paid or pro bono in the credential log</source>
        <translation>Pago ou pro bono no registro de horas</translation>
    </message>
    <message>
        <source>Paid — for %1</source>
        <translation>Pago — para %1</translation>
    </message>
    <message>
        <source>Pro bono — for %1</source>
        <translation>Pro bono — para %1</translation>
    </message>
    <message>
        <source>Your choice for %1. Without it (the first line): %2.</source>
        <translation>Sua escolha para %1. Sem ela (a primeira linha): %2.</translation>
    </message>
    <message>
        <source>Not chosen: it follows %1.</source>
        <translation>Não escolhido: segue %1.</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registro das operações de tratamento</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <source>Your backups go to %1.</source>
        <translation>Seus backups vão para %1.</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet.</source>
        <translation>Nenhuma pasta de backup escolhida ainda.</translation>
    </message>
    <message>
        <source>&amp;No: the vault and its backups stay on this computer and drives I hold</source>
        <translation>&amp;Não: o cofre e os backups ficam neste computador e em unidades que eu guardo</translation>
    </message>
    <message>
        <source>&amp;Yes: the backup folder is synced to a cloud service</source>
        <translation>&amp;Sim: a pasta de backup é sincronizada com um serviço de nuvem</translation>
    </message>
    <message>
        <source>e.g. Nextcloud at my host, in Germany</source>
        <translation>ex.: Nextcloud no meu provedor, na Alemanha</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>O serviço de nuvem</translation>
    </message>
    <message>
        <source>CoachDesk writes the record from your practice: your details from Settings, the purposes, the people and data it holds, the sponsors who receive reports, the retention your agreements name and the vault&apos;s security as it runs. One thing it cannot see: %1 Are the backups synced to a cloud service (a transfer to a processor, perhaps abroad)?</source>
        <translation>O CoachDesk escreve o registro a partir dos seus registros: seus dados das Configurações, as finalidades, as pessoas e os dados que ele guarda, os patrocinadores que recebem relatórios, a guarda que seus acordos definem e a segurança do cofre em funcionamento. Uma coisa ele não consegue ver: %1 Os backups são sincronizados com um serviço de nuvem (uma transferência a um operador, talvez no exterior)?</translation>
    </message>
    <message>
        <source>Backups in a cloud</source>
        <translation>Backups na nuvem</translation>
    </message>
    <message>
        <source>Settings has no name for you yet</source>
        <translation>As Configurações ainda não têm o seu nome</translation>
    </message>
    <message>
        <source>Settings has no address or contact details for you yet</source>
        <translation>As Configurações ainda não têm o seu endereço nem dados de contato</translation>
    </message>
    <message>
        <source>Settings has neither your name nor your address and contact details yet</source>
        <translation>As Configurações ainda não têm nem o seu nome nem o seu endereço e dados de contato</translation>
    </message>
    <message>
        <source>The record names you as the controller with your contact details, as the law asks, but %1: the record would say they are missing. Add them in Settings: Your name, and Invoices → Your details.</source>
        <translation>O registro identifica você como controlador, com seus dados de contato, como a lei exige, mas %1: o registro diria que eles faltam. Adicione-os em Configurações: Seu nome, e Faturas → Seus dados.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Configurações</translation>
    </message>
    <message>
        <source>Review and send the bundle…</source>
        <translation>Revisar e enviar o pacote…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Exportar os dados…</translation>
    </message>
    <message>
        <source>Carry out the erasure…</source>
        <translation>Realizar o apagamento…</translation>
    </message>
    <message>
        <source>New data-protection request</source>
        <translation>Nova solicitação de proteção de dados</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Digite ou escolha um nome</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Avançar…</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Which client made the request? Then say what they asked for, when it arrived and how you knew it was them.</source>
        <translation>Qual cliente fez a solicitação? Depois, informe o que foi pedido, quando chegou e como você soube que era ele.</translation>
    </message>
    <message>
        <source>There is no client yet: add the client first (Clients → New client).</source>
        <translation>Ainda não há nenhum cliente: adicione o cliente antes (Clientes → Novo cliente).</translation>
    </message>
    <message>
        <source>Choose a client from the list: no client is called that.</source>
        <translation>Escolha um cliente da lista: nenhum cliente tem esse nome.</translation>
    </message>
    <message>
        <source>Data-protection requests</source>
        <translation>Solicitações de proteção de dados</translation>
    </message>
    <message>
        <source>No client has made a data-protection request. When one does, log it here with New request…</source>
        <translation>Nenhum cliente fez uma solicitação de proteção de dados. Quando algum fizer, registre-a aqui com Nova solicitação…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Identity checked…</source>
        <translation>Identidade verificada…</translation>
    </message>
    <message>
        <source>Extend the deadline…</source>
        <translation>Prorrogar o prazo…</translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation>Registrar o resultado…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nova solicitação…</translation>
    </message>
    <message>
        <source>Each request is due one month after it arrived; you may extend it once by two months, with a reason the client is told.</source>
        <translation>Cada solicitação vence um mês após chegar; você pode prorrogá-la uma vez por dois meses, com um motivo informado ao cliente.</translation>
    </message>
    <message>
        <source>Received %1 · due %2</source>
        <translation>Recebida em %1 · vence em %2</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidade: %1</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Prorrogada em %1: %2</translation>
    </message>
    <message>
        <source>Bundle sent as disclosure D-%1</source>
        <translation>Pacote enviado como divulgação D-%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Coach and client</source>
        <translation>Coach e cliente</translation>
    </message>
    <message>
        <source>Three-party (with a sponsor)</source>
        <translation>Tripartite (com patrocinador)</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de acordo</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Idioma do modelo</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>O título do acordo</translation>
    </message>
    <message>
        <source>The template&apos;s clauses</source>
        <translation>As cláusulas do modelo</translation>
    </message>
    <message>
        <source>The clause&apos;s heading</source>
        <translation>O título da cláusula</translation>
    </message>
    <message>
        <source>The clause&apos;s words</source>
        <translation>O texto da cláusula</translation>
    </message>
    <message>
        <source>Use CoachDesk&apos;s words</source>
        <translation>Usar o texto do CoachDesk</translation>
    </message>
    <message>
        <source>Save agreement template</source>
        <translation>Salvar modelo de acordo</translation>
    </message>
    <message>
        <source>New agreements start from these words, in the language chosen for each. Braces mark what CoachDesk fills in, such as {client}; what it writes from the terms chosen ({fee_terms}, {missed_terms}, {sponsor_may_receive}) stays. Agreements already made keep their words.</source>
        <translation>Os novos acordos partem deste texto, no idioma escolhido para cada um. As chaves marcam o que o CoachDesk preenche, como {client}; o que ele escreve a partir dos termos escolhidos ({fee_terms}, {missed_terms}, {sponsor_may_receive}) permanece. Os acordos já criados mantêm o texto deles.</translation>
    </message>
    <message>
        <source>Agreement templates</source>
        <translation>Modelos de acordo</translation>
    </message>
    <message>
        <source>Saved. New agreements in this language start from it.</source>
        <translation>Salvo. Os novos acordos neste idioma partem dele.</translation>
    </message>
    <message>
        <source>CoachDesk&apos;s words again. Agreements already made keep theirs.</source>
        <translation>De novo o texto do CoachDesk. Os acordos já criados mantêm o deles.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computador %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The audit chain of “%1” does not check out at entry %2: entries were changed or removed after they were written.</source>
        <translation>A cadeia da trilha de auditoria de “%1” não confere na entrada %2: entradas foram alteradas ou removidas depois de gravadas.</translation>
    </message>
    <message>
        <source>Every computer&apos;s audit chain checks out.</source>
        <translation>A cadeia da trilha de auditoria de cada computador confere.</translation>
    </message>
    <message>
        <source>The practice&apos;s first computer</source>
        <translation type="vanished">O primeiro computador</translation>
    </message>
    <message>
        <source>%1, written %2</source>
        <translation>%1, escrito em %2</translation>
    </message>
    <message>
        <source>the practice&apos;s first computer (its numbers carry no letter: D-000004)</source>
        <translation>o primeiro computador (seus números não levam letra: D-000004)</translation>
    </message>
    <message>
        <source>computer %1 (its numbers carry its letter: D-%1000004)</source>
        <translation>o computador %1 (seus números levam a letra dele: D-%1000004)</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice from a synced folder”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation type="vanished">No outro computador:
1. Instale o CoachDesk.
2. Escolha “Entrar a partir de uma pasta sincronizada”.
3. Escolha esta mesma pasta, assim que seu serviço de sincronização a tiver copiado para lá.
4. Digite este código de pareamento:</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice I use on another computer”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation>No outro computador:
1. Instale o CoachDesk.
2. Escolha “Usar aqui os registros que uso em outro computador”.
3. Escolha esta mesma pasta, assim que seu serviço de sincronização a tiver copiado para lá.
4. Digite este código de pareamento:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <source>Use this practice on another computer</source>
        <translation>Usar em outro computador</translation>
    </message>
    <message>
        <source>Work on a second computer with the same practice: your own sync service (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud, or a USB stick you carry) keeps a folder in step, and CoachDesk writes small encrypted change files into it and reads the other computer&apos;s. CoachDesk itself sends nothing over the network. Each computer keeps its own vault: never put the vault&apos;s own folder in a synced folder.</source>
        <translation>Trabalhe em um segundo computador com os mesmos registros: seu próprio serviço de sincronização (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud ou um pendrive que você leva consigo) mantém uma pasta em dia, e o CoachDesk grava nela pequenos arquivos de alterações criptografados e lê os do outro computador. O CoachDesk em si não envia nada pela rede. Cada computador mantém seu próprio cofre: nunca coloque a pasta do cofre em uma pasta sincronizada.</translation>
    </message>
    <message>
        <source>Choose the sync &amp;folder…</source>
        <translation>Escolher a &amp;pasta de sincronização…</translation>
    </message>
    <message>
        <source>Show the &amp;pairing code</source>
        <translation>Mostrar o código de &amp;pareamento</translation>
    </message>
    <message>
        <source>&amp;Hand invoicing to…</source>
        <translation>&amp;Passar a emissão de faturas para…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computadores</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so this computer cannot issue invoices.</source>
        <translation>Outro dos seus computadores marcou este como perdido, por isso este computador não pode emitir faturas.</translation>
    </message>
    <message>
        <source>Invoicing was handed to %1: it issues the practice&apos;s invoices once this change has reached it. Until then, no computer issues invoices.</source>
        <translation>A emissão de faturas foi passada para %1: ele emite as faturas assim que esta alteração chegar a ele. Até lá, nenhum computador emite faturas.</translation>
    </message>
    <message>
        <source>This computer issues the practice&apos;s invoices, so their numbers run without gaps.</source>
        <translation>Este computador emite as faturas, para que os números sigam sem lacunas.</translation>
    </message>
    <message>
        <source>Another computer issues the practice&apos;s invoices, so that their numbers run without gaps: %1. This computer cannot issue them.</source>
        <translation>Outro computador emite as faturas, para que os números sigam sem lacunas: %1. Este computador não pode emiti-las.</translation>
    </message>
    <message>
        <source>a computer this one has not heard from yet</source>
        <translation>um computador do qual este ainda não recebeu nada</translation>
    </message>
    <message>
        <source>The practice&apos;s other computers are marked as gone: once a computer that joins the practice has synced with this one, you can hand invoicing to it.</source>
        <translation>Os seus outros computadores estão marcados como perdidos: assim que um computador novo configurado com seus registros sincronizar com este, você poderá passar a emissão de faturas para ele.</translation>
    </message>
    <message>
        <source>No other computer has synced with this one yet: once its changes have arrived here, you can hand invoicing to it.</source>
        <translation>Nenhum outro computador sincronizou com este ainda: assim que as alterações dele chegarem aqui, você poderá passar a emissão de faturas para ele.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Escolher a pasta de sincronização</translation>
    </message>
    <message>
        <source>Writing the practice into the sync folder…</source>
        <translation>Gravando os registros na pasta de sincronização…</translation>
    </message>
    <message>
        <source>This practice now syncs through the folder you chose.</source>
        <translation>Seus registros agora são sincronizados pela pasta escolhida.</translation>
    </message>
    <message>
        <source>Hide the &amp;pairing code</source>
        <translation>Ocultar o código de &amp;pareamento</translation>
    </message>
    <message>
        <source>On each other computer of this practice, open Settings and type this new pairing code where it asks for it. A computer that joins later uses it too:</source>
        <translation>Em cada um dos outros computadores, abra as Configurações e digite este novo código de pareamento onde ele for pedido. Um computador que entrar depois também usa este código:</translation>
    </message>
    <message>
        <source>Hand invoicing over</source>
        <translation>Passar a emissão de faturas</translation>
    </message>
    <message>
        <source>Which computer should issue the practice&apos;s invoices?</source>
        <translation>Qual computador deve emitir as faturas?</translation>
    </message>
    <message>
        <source>Hand invoicing over to:
%1

This computer stops issuing invoices now; the other starts once its sync service has brought it this change. Until then, no computer issues invoices.</source>
        <translation>Passar a emissão de faturas para:
%1

Este computador deixa de emitir faturas agora; o outro começa assim que o serviço de sincronização dele trouxer esta alteração. Até lá, nenhum computador emite faturas.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Passar</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies: keep the vault in a folder no service syncs, and use Settings → Use this practice on another computer instead.</source>
        <translation type="vanished">A pasta do seu cofre %1 é sincronizada pelo %2. Um serviço de sincronização que copia o arquivo do cofre em uso o danifica ou o divide em cópias em conflito: mantenha o cofre em uma pasta que nenhum serviço sincronize e use Configurações → Usar em outro computador.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, the sync folder below is the safe way.</source>
        <translation>A pasta do seu cofre %1 é sincronizada pelo %2. Um serviço de sincronização que copia o arquivo do cofre em uso o danifica ou o divide em cópias em conflito. Para mover o cofre: feche o CoachDesk, mova esta pasta para uma que nenhum serviço sincronize e abra o CoachDesk com --home seguido do novo local da pasta. Para um segundo computador, a pasta de sincronização abaixo é o caminho seguro.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, use Settings → Use this practice on another computer instead.</source>
        <translation>A pasta do seu cofre %1 é sincronizada pelo %2. Um serviço de sincronização que copia o arquivo do cofre em uso o danifica ou o divide em cópias em conflito. Para mover o cofre: feche o CoachDesk, mova esta pasta para uma que nenhum serviço sincronize e abra o CoachDesk com --home seguido do novo local da pasta. Para um segundo computador, use Configurações → Usar em outro computador.</translation>
    </message>
    <message>
        <source>%1 keeps this folder in step, and a sync service copying the live vault file damages it. Better: cancel, and start CoachDesk with --home and a folder no service syncs.</source>
        <translation>O %1 sincroniza esta pasta, e um serviço de sincronização que copia o arquivo do cofre em uso o danifica. Melhor: cancele e abra o CoachDesk com --home seguido de uma pasta que nenhum serviço sincronize.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>Last change arrived</source>
        <translation>Último recebimento</translation>
    </message>
    <message>
        <source>The practice&apos;s computers</source>
        <translation>Seus computadores</translation>
    </message>
    <message>
        <source>Mark as &amp;gone…</source>
        <translation>Marcar como &amp;perdido…</translation>
    </message>
    <message>
        <source>&amp;Not gone after all…</source>
        <translation>Afinal não está &amp;perdido…</translation>
    </message>
    <message>
        <source>&amp;Take invoicing back…</source>
        <translation>&amp;Retomar a emissão de faturas…</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Este computador (%1)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (perdido)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada ainda</translation>
    </message>
    <message>
        <source>%1; later changes not taken in</source>
        <translation type="vanished">%1; alterações posteriores não são aceitas</translation>
    </message>
    <message>
        <source>Issues invoices once it has synced</source>
        <translation>Emite faturas assim que sincronizar</translation>
    </message>
    <message>
        <source>Issues invoices</source>
        <translation>Emite as faturas</translation>
    </message>
    <message>
        <source>%1 is marked as gone: what it sends is not taken in.</source>
        <translation>%1 está marcado como perdido: o que ele envia não é aceito.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer on another one; else, to work here again, join the practice from a new vault.</source>
        <translation>Outro computador marcou este como perdido: o que você alterar aqui não chega mais aos seus outros computadores. Se foi um engano, escolha “Afinal não está perdido…” para este computador em outro; se não, para voltar a trabalhar aqui, use seus registros nele de novo a partir de um novo cofre.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

Until you make a new pairing code, whoever has that computer can still read what the practice&apos;s computers write: for a lost or stolen computer, choose &quot;New pairing code…&quot; in Settings next.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation>Marcar %1 como perdido de vez?

Faça isso com um computador perdido, roubado ou apagado. O que ele enviou e já chegou continua nos seus registros. O que ele enviar daqui em diante não é aceito em nenhum computador: para usá-lo de novo, configure-o de novo como um computador novo. Os outros deixam de guardar arquivos de alterações antigos para ele. Cada um dos seus computadores fica sabendo na próxima sincronização.

Até você criar um novo código de pareamento, quem estiver com esse computador ainda pode ler o que os seus computadores escrevem: para um computador perdido ou roubado, escolha em seguida “Novo código de pareamento…” em Configurações.

Se você o encontrar, “Afinal não está perdido…” desfaz isso, a menos que a emissão de faturas tenha passado para outro computador nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation type="vanished">Marcar %1 como perdido de vez?

Faça isso com um computador perdido, roubado ou apagado. O que ele enviou e já chegou continua nos seus registros. O que ele enviar daqui em diante não é aceito em nenhum computador: para usá-lo de novo, configure-o de novo como um computador novo. Os outros deixam de guardar arquivos de alterações antigos para ele. Cada um dos seus computadores fica sabendo na próxima sincronização.

Se você o encontrar, “Afinal não está perdido…” desfaz isso, a menos que a emissão de faturas tenha passado para outro computador nesse meio-tempo.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. To work on this computer again, join the practice from a new vault.</source>
        <translation type="vanished">Outro computador marcou este como perdido: o que você alterar aqui não chega mais aos seus outros computadores. Para voltar a trabalhar neste computador, use seus registros nele de novo a partir de um novo cofre.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: once they have, you can take invoicing back.</source>
        <translation>Algumas alterações que o computador perdido enviou ainda não chegaram aqui: assim que chegarem, você poderá retomar a emissão de faturas.</translation>
    </message>
    <message>
        <source>A computer gone for good</source>
        <translation>Um computador perdido de vez</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

This cannot be undone.</source>
        <translation type="vanished">Marcar %1 como perdido de vez?

Faça isso com um computador perdido, roubado ou apagado. O que ele enviou e já chegou continua nos seus registros. O que ele enviar daqui em diante não é aceito em nenhum computador: para usá-lo de novo, configure-o de novo como um computador novo. Os outros deixam de guardar arquivos de alterações antigos para ele. Cada um dos seus computadores fica sabendo na próxima sincronização.

Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Mark as gone</source>
        <translation>Marcar como perdido</translation>
    </message>
    <message>
        <source>Not gone after all</source>
        <translation>Afinal não está perdido</translation>
    </message>
    <message>
        <source>Bring %1 back into the practice?

Do this if it was marked as gone by mistake or has been found again. At their next sync, every computer takes in what it sent, including what it changed while it was marked, and it syncs as before.</source>
        <translation>Trazer %1 de volta?

Faça isso se ele foi marcado como perdido por engano ou se foi encontrado. Na próxima sincronização, cada computador aceita o que ele enviou, inclusive o que ele alterou enquanto estava marcado, e ele sincroniza como antes.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Trazer de volta</translation>
    </message>
    <message>
        <source>Take invoicing back</source>
        <translation>Retomar a emissão de faturas</translation>
    </message>
    <message>
        <source>Issue the practice&apos;s invoices on this computer?

%1, which issued them, is marked as gone. This computer numbers on after the last invoice number it holds: %2.

Before you issue one, compare that number with the last invoice you sent out (its PDF or paper copy): an invoice the lost computer issued but never synced is not here, and its number would be given again.

Take invoicing back on one computer only.</source>
        <translation>Emitir as faturas neste computador?

%1, que as emitia, está marcado como perdido. Este computador continua a numeração depois do último número de fatura que possui: %2.

Antes de emitir uma, compare esse número com a última fatura que você enviou (o PDF ou a cópia em papel): uma fatura que o computador perdido emitiu mas nunca sincronizou não está aqui, e o número dela seria usado de novo.

Retome a emissão de faturas em um computador só.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>a copy of a client&apos;s personal data</source>
        <translation>uma cópia dos dados pessoais de um cliente</translation>
    </message>
    <message>
        <source>a folder in your home folder</source>
        <translation>uma pasta dentro da sua pasta pessoal</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente não está mais no cofre.</translation>
    </message>
    <message>
        <source>An item chosen to withhold is no longer in the record. Look over the items again.</source>
        <translation>Um item escolhido para reter não está mais no registro. Revise os itens novamente.</translation>
    </message>
    <message>
        <source>Choose a reason for each item you withhold.</source>
        <translation>Escolha um motivo para cada item que você retiver.</translation>
    </message>
    <message>
        <source>This is not an access request.</source>
        <translation>Esta não é uma solicitação de acesso.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Esta solicitação já foi respondida.</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente não está mais no cofre.</translation>
    </message>
    <message>
        <source>This action item is no longer in the vault.</source>
        <translation>Esta ação não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>No signature from the coach (%1)</source>
        <translation>Falta a assinatura do coach (%1)</translation>
    </message>
    <message>
        <source>No signature from the client (%1)</source>
        <translation>Falta a assinatura do cliente (%1)</translation>
    </message>
    <message>
        <source>No signature from the sponsor (%1)</source>
        <translation>Falta a assinatura do patrocinador (%1)</translation>
    </message>
    <message>
        <source>This agreement has no coach.</source>
        <translation>Este acordo não tem coach.</translation>
    </message>
    <message>
        <source>This agreement has no client.</source>
        <translation>Este acordo não tem cliente.</translation>
    </message>
    <message>
        <source>This agreement has no sponsor.</source>
        <translation>Este acordo não tem patrocinador.</translation>
    </message>
    <message>
        <source>attendance (how many sessions were held, cancelled or missed)</source>
        <translation>a presença (quantas sessões foram realizadas, canceladas ou perdidas)</translation>
    </message>
    <message>
        <source>the dates of the sessions held</source>
        <translation>as datas das sessões realizadas</translation>
    </message>
    <message>
        <source>the hours of coaching held</source>
        <translation>as horas de coaching realizadas</translation>
    </message>
    <message>
        <source>progress on the shared goals, only in words the client has read and approved</source>
        <translation>o progresso nos objetivos compartilhados, só em palavras que o cliente leu e aprovou</translation>
    </message>
    <message>
        <source>The clause on what the sponsor may receive must keep its first sentence as written from the choices: “%1” Change the choices to change it; your own words may go around it.</source>
        <translation>A cláusula sobre o que o patrocinador pode receber deve manter a primeira frase como foi escrita a partir das escolhas: “%1” Mude as escolhas para alterá-la; suas próprias palavras podem vir em volta dela.</translation>
    </message>
    <message>
        <source>The clause “%1” still holds the blank %2: write in its place the words it stands for.</source>
        <translation>A cláusula “%1” ainda contém o campo %2: escreva no lugar dele as palavras que ele representa.</translation>
    </message>
    <message>
        <source>The clause “%1” must state this engagement&apos;s terms as CoachDesk writes them: “%2” Change the engagement to change them; your own words may go around it.</source>
        <translation>A cláusula “%1” deve declarar os termos deste processo como o CoachDesk os escreve: “%2” Altere o processo para mudá-los; suas próprias palavras podem ficar em volta.</translation>
    </message>
    <message>
        <source>A three-party agreement needs a sponsor.</source>
        <translation>Um acordo tripartite precisa de um patrocinador.</translation>
    </message>
    <message>
        <source>Retention is a number of years from 0 to 100.</source>
        <translation>A retenção é um número de anos de 0 a 100.</translation>
    </message>
    <message>
        <source>This agreement has been signed; its words cannot change. Make a new version instead.</source>
        <translation>Este acordo já foi assinado; o texto não pode mudar. Faça uma nova versão.</translation>
    </message>
    <message>
        <source>Only a three-party agreement has a sponsor to receive anything.</source>
        <translation>Só um acordo tripartite tem um patrocinador que possa receber algo.</translation>
    </message>
    <message>
        <source>This agreement has been signed; what the sponsor may receive cannot change. Make a new version instead.</source>
        <translation>Este acordo já foi assinado; o que o patrocinador pode receber não pode mudar. Faça uma nova versão.</translation>
    </message>
    <message>
        <source>This agreement has ended.</source>
        <translation>Este acordo foi encerrado.</translation>
    </message>
    <message>
        <source>This agreement has no such party.</source>
        <translation>Este acordo não tem essa parte.</translation>
    </message>
    <message>
        <source>Add every required clause before anyone signs.</source>
        <translation>Adicione todas as cláusulas obrigatórias antes que alguém assine.</translation>
    </message>
    <message>
        <source>Missing clause: %1</source>
        <translation>Falta a cláusula: %1</translation>
    </message>
    <message>
        <source>This agreement cannot become active yet:</source>
        <translation>Este acordo ainda não pode ficar ativo:</translation>
    </message>
    <message>
        <source>This agreement is no longer in the vault.</source>
        <translation>Este acordo não está mais no cofre.</translation>
    </message>
    <message>
        <source>Only an active agreement can end.</source>
        <translation>Só um acordo ativo pode ser encerrado.</translation>
    </message>
    <message>
        <source>Keep every clause of the template, in its order.</source>
        <translation>Mantenha todas as cláusulas do modelo, na ordem delas.</translation>
    </message>
    <message>
        <source>The clause “%1” needs its words, and braces only around a blank CoachDesk fills in, such as {client}.</source>
        <translation>A cláusula “%1” precisa de um texto, e de chaves só em volta de um campo que o CoachDesk preenche, como {client}.</translation>
    </message>
    <message>
        <source>The clause “%1” must keep {%2}: CoachDesk writes it from the terms chosen for each agreement.</source>
        <translation>A cláusula “%1” deve manter {%2}: o CoachDesk a escreve a partir dos termos escolhidos para cada acordo.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Novo acordo</translation>
    </message>
    <message>
        <source>No agreements yet.
An agreement sets out confidentiality and its limits, fees, and what the sponsor may receive. Nothing is active until every party has signed. Make one for an engagement.</source>
        <translation>Nenhum acordo ainda.
Um acordo define a confidencialidade e seus limites, os honorários e o que o patrocinador pode receber. Nada fica ativo até que todas as partes assinem. Faça um para um processo.</translation>
    </message>
    <message>
        <source>Make an agreement</source>
        <translation>Fazer um acordo</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>Registrar &amp;assinatura…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>Ati&amp;var</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>Editar &amp;texto…</translation>
    </message>
    <message>
        <source>&amp;Print for signing…</source>
        <translation>&amp;Imprimir para assinatura…</translation>
    </message>
    <message>
        <source>Save the agreement as a PDF to print and sign</source>
        <translation>Salvar o acordo como PDF para imprimir e assinar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Datas das sessões</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Horas de coaching</translation>
    </message>
    <message>
        <source>Progress, in the client&apos;s approved words</source>
        <translation>Progresso, nas palavras aprovadas pelo cliente</translation>
    </message>
    <message>
        <source>The sponsor may receive %1.</source>
        <translation>O patrocinador pode receber %1.</translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation>Salvar &amp;escolhas</translation>
    </message>
    <message>
        <source>Save what the sponsor may receive</source>
        <translation>Salvar o que o patrocinador pode receber</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>O que o patrocinador pode receber</translation>
    </message>
    <message>
        <source>Required clauses</source>
        <translation>Cláusulas obrigatórias</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>The agreement&apos;s words</source>
        <translation>O texto do acordo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>The chosen agreement</source>
        <translation>O acordo escolhido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln acordo</numerusform>
            <numerusform>%Ln acordos</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Needs every clause and every signature first</source>
        <translation>Exige antes todas as cláusulas e assinaturas</translation>
    </message>
    <message>
        <source>Signed agreements keep their words</source>
        <translation>Acordos assinados mantêm o seu texto</translation>
    </message>
    <message>
        <source>This clause is missing from the agreement&apos;s words: add it with Edit words.</source>
        <translation>Esta cláusula está faltando no texto do acordo: adicione-a com Editar texto.</translation>
    </message>
    <message>
        <source>Not confirmed yet, so reports send the sponsor nothing. Tick what the parties agreed and save.</source>
        <translation>Ainda não confirmado, então os relatórios não enviam nada ao patrocinador. Marque o que as partes combinaram e salve.</translation>
    </message>
    <message>
        <source>It is signed, so every party then signs again.</source>
        <translation>Ele está assinado, então todas as partes assinam de novo.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching.</source>
        <translation>O patrocinador não recebe nada sobre o coaching.</translation>
    </message>
    <message>
        <source>Chosen by the parties and signed: to change it, make a new agreement.</source>
        <translation>Escolhido pelas partes e assinado: para mudar, faça um novo acordo.</translation>
    </message>
    <message>
        <source>Nothing is sent unless it is ticked here. The clause&apos;s first sentence below is written from these choices.</source>
        <translation>Nada é enviado a menos que esteja marcado aqui. A primeira frase da cláusula abaixo é escrita a partir destas escolhas.</translation>
    </message>
    <message>
        <source>Confirm what the sponsor may receive</source>
        <translation>Confirmar o que o patrocinador pode receber</translation>
    </message>
    <message>
        <source>This agreement is signed. Confirming these terms changes what was signed: the signatures are cleared and every party signs again before the agreement is active.</source>
        <translation>Este acordo está assinado. Confirmar estes termos muda o que foi assinado: as assinaturas são apagadas e todas as partes assinam de novo antes que o acordo fique ativo.</translation>
    </message>
    <message>
        <source>Confirm and ask for signatures</source>
        <translation>Confirmar e pedir assinaturas</translation>
    </message>
    <message>
        <source>Saved what the sponsor may receive.</source>
        <translation>O que o patrocinador pode receber foi salvo.</translation>
    </message>
    <message>
        <source>Agreement drafted from the template.</source>
        <translation>Acordo redigido a partir do modelo.</translation>
    </message>
    <message>
        <source>The agreement&apos;s words are saved.</source>
        <translation>O texto do acordo foi salvo.</translation>
    </message>
    <message>
        <source>Signature recorded.</source>
        <translation>Assinatura registrada.</translation>
    </message>
    <message>
        <source>Make the agreement active</source>
        <translation>Ativar o acordo</translation>
    </message>
    <message>
        <source>Make this agreement active? Its words can no longer change, and what it allows the sponsor to receive takes effect.</source>
        <translation>Ativar este acordo? O texto dele não poderá mais mudar, e o que ele permite ao patrocinador receber passa a valer.</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>The agreement is active.</source>
        <translation>O acordo está ativo.</translation>
    </message>
    <message>
        <source>Print agreement to PDF</source>
        <translation>Imprimir acordo em PDF</translation>
    </message>
    <message>
        <source>agreement-%1-%2.pdf</source>
        <translation>acordo-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Saved for signing. This printing is recorded.</source>
        <translation>Salvo para assinatura. Esta impressão fica registrada.</translation>
    </message>
    <message>
        <source>%1 on %2, by %3</source>
        <translation>%1 em %2, por %3</translation>
    </message>
    <message>
        <source>Saved to %1. This printing is recorded.</source>
        <translation type="vanished">Salvo em %1. Esta impressão fica registrada.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Written and signed (release form)</source>
        <translation>Por escrito e assinado (termo de autorização)</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Por e-mail</translation>
    </message>
    <message>
        <source>Verbally: weaker, with no written record</source>
        <translation>Verbalmente: mais frágil, sem registro escrito</translation>
    </message>
    <message>
        <source>Record the client&apos;s approval</source>
        <translation>Registrar a aprovação do cliente</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>O relatório como será enviado</translation>
    </message>
    <message>
        <source>Report code %1 (on the release form). The approval covers this too; if the client approved it before a change, it needs approving again.</source>
        <translation>Código do relatório %1 (no termo de autorização). A aprovação cobre isto também; se o cliente aprovou antes de uma alteração, é preciso aprovar de novo.</translation>
    </message>
    <message>
        <source>Report code %1: the client has approved it as shown.</source>
        <translation>Código do relatório %1: o cliente aprovou como mostrado.</translation>
    </message>
    <message>
        <source>Items the client approved, word for word</source>
        <translation>Itens que o cliente aprovou, palavra por palavra</translation>
    </message>
    <message>
        <source>Compare each passage with the signed form: its words code is printed beside it on the form. The approval is recorded for the words shown here.</source>
        <translation>Compare cada trecho com o termo assinado: o código das palavras está impresso ao lado dele no termo. A aprovação é registrada para as palavras mostradas aqui.</translation>
    </message>
    <message>
        <source>Passages to approve</source>
        <translation>Trechos a aprovar</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Trecho %1  ·  código das palavras %2</translation>
    </message>
    <message>
        <source>Changed after the release form was printed: a signed form holds other words. Print a new form for these words.</source>
        <translation>Alterado depois que o termo de autorização foi impresso: um termo assinado contém outras palavras. Imprima um novo termo para estas palavras.</translation>
    </message>
    <message>
        <source>Not on a printed release form yet: print one for these words to have them signed.</source>
        <translation>Ainda não está em um termo de autorização impresso: imprima um para estas palavras para que sejam assinadas.</translation>
    </message>
    <message>
        <source>The client&apos;s name, as they gave it</source>
        <translation>O nome do cliente, como ele o informou</translation>
    </message>
    <message>
        <source>Approval ends on</source>
        <translation>A aprovação termina em</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>Nenhum termo assinado anexado</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Anexar o &amp;termo assinado…</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Dada por</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Em</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Comprovação</translation>
    </message>
    <message>
        <source>A verbal approval is allowed but weaker: the ICF suggests written permission. It is flagged in the report&apos;s log.</source>
        <translation>Uma aprovação verbal é permitida, mas mais frágil: a ICF recomenda permissão por escrito. Ela fica sinalizada no registro do relatório.</translation>
    </message>
    <message>
        <source>Every item is already approved or struck.</source>
        <translation>Todos os itens já estão aprovados ou riscados.</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Anexar o termo assinado</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Digitalizações (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Tick the items the client approved.</source>
        <translation>Marque os itens que o cliente aprovou.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>on screen, in session</source>
        <translation>na tela, na sessão</translation>
    </message>
    <message>
        <source>in writing, signed</source>
        <translation>por escrito, assinado</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por e-mail</translation>
    </message>
    <message>
        <source>verbally (no written record)</source>
        <translation>verbalmente (sem registro escrito)</translation>
    </message>
    <message>
        <source>The approval cannot expire before it was given.</source>
        <translation>A aprovação não pode expirar antes de ter sido dada.</translation>
    </message>
    <message>
        <source>Choose at least one excerpt to approve.</source>
        <translation>Escolha pelo menos um trecho para aprovar.</translation>
    </message>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Este patrocinador não está mais no cofre.</translation>
    </message>
    <message>
        <source>This contact is no longer in the vault.</source>
        <translation>Este contato não está mais no cofre.</translation>
    </message>
    <message>
        <source>An excerpt is no longer in the vault.</source>
        <translation>Um trecho não está mais no cofre.</translation>
    </message>
    <message>
        <source>One approval covers one client&apos;s words only.</source>
        <translation>Uma aprovação cobre apenas as palavras de um cliente.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Este relatório não está mais no cofre.</translation>
    </message>
    <message>
        <source>An approval for a report covers that report&apos;s own client and items only.</source>
        <translation>Uma aprovação para um relatório cobre apenas o cliente e os itens desse relatório.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Esta aprovação não está mais no cofre.</translation>
    </message>
    <message>
        <source>This approval is no longer in force.</source>
        <translation>Esta aprovação não está mais em vigor.</translation>
    </message>
    <message>
        <source>(These words were edited after this approval, so it no longer counts; the new words need a new approval.)</source>
        <translation>(Estas palavras foram editadas depois desta aprovação, que por isso não vale mais; as novas palavras precisam de uma nova aprovação.)</translation>
    </message>
    <message>
        <source>the sponsor named when you approved</source>
        <translation>o patrocinador indicado quando você aprovou</translation>
    </message>
    <message>
        <source>A report to the sponsor of your coaching</source>
        <translation>Um relatório para o patrocinador do seu coaching</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>seu coach</translation>
    </message>
    <message>
        <source>Tell %1, in any way you like (email, phone, or at a session), that you withdraw this approval, for all of these words or some. From then on they are not sent to anyone. Words already sent cannot be called back, but you can ask to see what was sent.</source>
        <translation>Avise %1, da forma que preferir (e-mail, telefone ou em uma sessão), que você revoga esta aprovação, para todas estas palavras ou parte delas. A partir daí, elas não são enviadas a ninguém. Palavras já enviadas não podem ser recuperadas, mas você pode pedir para ver o que foi enviado.</translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscarding</name>
    <message>
        <source>Discard what you typed? It has not been saved.</source>
        <translation>Descartar o que você digitou? Ainda não foi salvo.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Action item added</source>
        <translation>Ação combinada adicionada</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Ação combinada alterada</translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation>Ação combinada concluída</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Ação combinada removida</translation>
    </message>
    <message>
        <source>Action item reopened</source>
        <translation>Ação combinada reaberta</translation>
    </message>
    <message>
        <source>Agreement made active</source>
        <translation>Acordo ativado</translation>
    </message>
    <message>
        <source>Agreement drafted</source>
        <translation>Acordo redigido</translation>
    </message>
    <message>
        <source>Agreement clauses changed</source>
        <translation>Cláusulas do acordo alteradas</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Acordo encerrado</translation>
    </message>
    <message>
        <source>Agreement terms changed: signatures to collect again</source>
        <translation>Condições do acordo alteradas: assinaturas a colher de novo</translation>
    </message>
    <message>
        <source>Agreement terms set</source>
        <translation>Condições do acordo definidas</translation>
    </message>
    <message>
        <source>Agreement template changed</source>
        <translation>Modelo de acordo alterado</translation>
    </message>
    <message>
        <source>Agreement template reset</source>
        <translation>Modelo de acordo restaurado</translation>
    </message>
    <message>
        <source>Continuing education added</source>
        <translation>Educação continuada adicionada</translation>
    </message>
    <message>
        <source>Continuing education removed</source>
        <translation>Educação continuada removida</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Cliente adicionado</translation>
    </message>
    <message>
        <source>Client&apos;s disposal finished</source>
        <translation>Eliminação do cliente concluída</translation>
    </message>
    <message>
        <source>Client&apos;s records disposed of</source>
        <translation>Registros do cliente eliminados</translation>
    </message>
    <message>
        <source>Client details edited</source>
        <translation>Dados do cliente editados</translation>
    </message>
    <message>
        <source>Evidence of approval attached</source>
        <translation>Comprovação da aprovação anexada</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Aprovação revogada</translation>
    </message>
    <message>
        <source>Approval of a report withdrawn</source>
        <translation>Aprovação de um relatório revogada</translation>
    </message>
    <message>
        <source>Coaching log details of an engagement set</source>
        <translation>Dados do registro de horas de um processo definidos</translation>
    </message>
    <message>
        <source>Client agreed to be named in the coaching log</source>
        <translation>Cliente concordou em ser nomeado no registro de horas</translation>
    </message>
    <message>
        <source>Client withdrew being named in the coaching log</source>
        <translation>Cliente revogou ser nomeado no registro de horas</translation>
    </message>
    <message>
        <source>Credential profile changed</source>
        <translation>Perfil de credencial alterado</translation>
    </message>
    <message>
        <source>Coaching log details of a session set</source>
        <translation>Dados do registro de horas de uma sessão definidos</translation>
    </message>
    <message>
        <source>Coach training changed</source>
        <translation>Formação do coach alterada</translation>
    </message>
    <message>
        <source>Data request answered</source>
        <translation>Solicitação de proteção de dados respondida</translation>
    </message>
    <message>
        <source>Data request closed</source>
        <translation>Solicitação de proteção de dados encerrada</translation>
    </message>
    <message>
        <source>Engagement added</source>
        <translation>Processo adicionado</translation>
    </message>
    <message>
        <source>Engagement edited</source>
        <translation>Processo editado</translation>
    </message>
    <message>
        <source>Engagement ended</source>
        <translation>Processo encerrado</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Comprovação adicionada</translation>
    </message>
    <message>
        <source>Excerpt added</source>
        <translation>Trecho adicionado</translation>
    </message>
    <message>
        <source>Excerpt edited</source>
        <translation>Trecho editado</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Fatura emitida</translation>
    </message>
    <message>
        <source>Invoice marked paid</source>
        <translation>Fatura marcada como paga</translation>
    </message>
    <message>
        <source>Invoice marked unpaid</source>
        <translation>Fatura marcada como não paga</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Fatura anulada</translation>
    </message>
    <message>
        <source>Payment set aside: the invoice was voided on another computer</source>
        <translation>Pagamento deixado de lado: a fatura foi anulada em outro computador</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Anotação adicionada</translation>
    </message>
    <message>
        <source>Note edited on two computers resolved</source>
        <translation>Anotação editada em dois computadores resolvida</translation>
    </message>
    <message>
        <source>Note may go to the sponsor if the client approves</source>
        <translation>Anotação pode ir ao patrocinador se o cliente aprovar</translation>
    </message>
    <message>
        <source>Note made coach only</source>
        <translation>Anotação marcada como só o coach</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Anotação salva</translation>
    </message>
    <message>
        <source>Note shared with the client</source>
        <translation>Anotação compartilhada com o cliente</translation>
    </message>
    <message>
        <source>Report changed</source>
        <translation>Relatório alterado</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Relatório criado</translation>
    </message>
    <message>
        <source>Item added to a report</source>
        <translation>Item adicionado a um relatório</translation>
    </message>
    <message>
        <source>Item removed from a report</source>
        <translation>Item removido de um relatório</translation>
    </message>
    <message>
        <source>Item of a report restored</source>
        <translation>Item de um relatório restaurado</translation>
    </message>
    <message>
        <source>Item of a report struck</source>
        <translation>Item de um relatório riscado</translation>
    </message>
    <message>
        <source>Print language of a report changed</source>
        <translation>Idioma de impressão de um relatório alterado</translation>
    </message>
    <message>
        <source>Report given to the client to approve</source>
        <translation>Relatório entregue ao cliente para aprovação</translation>
    </message>
    <message>
        <source>Release form printed</source>
        <translation>Termo de autorização impresso</translation>
    </message>
    <message>
        <source>Report reordered</source>
        <translation>Relatório reordenado</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Sessão adicionada</translation>
    </message>
    <message>
        <source>Session marked as cut short</source>
        <translation>Sessão marcada como interrompida</translation>
    </message>
    <message>
        <source>Cut-short session looked at</source>
        <translation>Sessão interrompida verificada</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Sessão descartada</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Sessão editada</translation>
    </message>
    <message>
        <source>Sponsor added</source>
        <translation>Patrocinador adicionado</translation>
    </message>
    <message>
        <source>Sponsor contact added</source>
        <translation>Contato do patrocinador adicionado</translation>
    </message>
    <message>
        <source>Sponsor edited</source>
        <translation>Patrocinador editado</translation>
    </message>
    <message>
        <source>Sponsor request logged</source>
        <translation>Solicitação do patrocinador registrada</translation>
    </message>
    <message>
        <source>Changes from another computer applied</source>
        <translation>Alterações de outro computador aplicadas</translation>
    </message>
    <message>
        <source>A computer marked as gone</source>
        <translation>Um computador marcado como perdido</translation>
    </message>
    <message>
        <source>A computer marked as gone brought back</source>
        <translation>Um computador marcado como perdido trazido de volta</translation>
    </message>
    <message>
        <source>This computer&apos;s letter changed (another computer had joined with it)</source>
        <translation>A letra deste computador mudou (outro computador tinha entrado com a mesma)</translation>
    </message>
    <message>
        <source>Invoicing taken back</source>
        <translation>Emissão de faturas retomada</translation>
    </message>
    <message>
        <source>New pairing code in use</source>
        <translation>Novo código de pareamento em uso</translation>
    </message>
    <message>
        <source>Note template added</source>
        <translation>Modelo de anotação adicionado</translation>
    </message>
    <message>
        <source>Note template changed</source>
        <translation>Modelo de anotação alterado</translation>
    </message>
    <message>
        <source>Note template removed</source>
        <translation>Modelo de anotação removido</translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Backups criptografados de novo</translation>
    </message>
    <message>
        <source>Kept copies re-encrypted</source>
        <translation>Cópias guardadas criptografadas de novo</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Chave do cofre alterada</translation>
    </message>
    <message>
        <source>Change of the vault key started</source>
        <translation>Troca da chave do cofre iniciada</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase secreta alterada</translation>
    </message>
    <message>
        <source>Agreement signature recorded</source>
        <translation>Assinatura do acordo registrada</translation>
    </message>
    <message>
        <source>Client&apos;s status changed</source>
        <translation>Situação do cliente alterada</translation>
    </message>
    <message>
        <source>Report frame approved</source>
        <translation>Enquadramento de um relatório aprovado</translation>
    </message>
    <message>
        <source>Words approved</source>
        <translation>Palavras aprovadas</translation>
    </message>
    <message>
        <source>Data request recorded</source>
        <translation>Solicitação de proteção de dados registrada</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Divulgação registrada</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Arquivo exportado</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Configuração alterada</translation>
    </message>
    <message>
        <source>Answer to a sponsor request recorded</source>
        <translation>Resposta a uma solicitação do patrocinador registrada</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Ação combinada</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Report approval</source>
        <translation>Aprovação de um relatório</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Educação continuada</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprovação</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Solicitação de proteção de dados</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Comprovação</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trecho</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Seu trabalho</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Sponsor contact</source>
        <translation>Contato do patrocinador</translation>
    </message>
    <message>
        <source>Sponsor request</source>
        <translation>Solicitação do patrocinador</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modelo de anotação</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <source>Changes from computer %1 (no. %2)</source>
        <translation>Alterações do computador %1 (nº %2)</translation>
    </message>
    <message>
        <source>Changes from another computer (no. %1)</source>
        <translation>Alterações de outro computador (nº %1)</translation>
    </message>
    <message>
        <source>Changes from this computer (no. %1)</source>
        <translation>Alterações deste computador (nº %1)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Keep copies of your practice</source>
        <translation>Guarde cópias dos seus registros</translation>
    </message>
    <message>
        <source>Your vault is ready. Choose where its backups go.</source>
        <translation>Seu cofre está pronto. Escolha para onde vão os backups.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Nenhuma pasta escolhida ainda.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>&amp;Escolher uma pasta de backup…</translation>
    </message>
    <message>
        <source>Not now? Finish anyway: Today reminds you until a folder is chosen, and Settings can change it at any time.</source>
        <translation>Agora não? Conclua mesmo assim: a página Hoje lembra você até que uma pasta seja escolhida, e em Configurações você pode alterá-la a qualquer momento.</translation>
    </message>
    <message>
        <source>Your practice lives in one file on this computer. If the disk fails or the laptop is lost, a backup brings it back. Choose a folder on an external drive, or a folder your cloud service keeps in sync: CoachDesk keeps a copy there each day you open it, checked before it is kept.</source>
        <translation>Todos os seus registros ficam em um só arquivo neste computador. Se o disco falhar ou o notebook for perdido, um backup os traz de volta. Escolha uma pasta em uma unidade externa ou uma pasta que seu serviço de nuvem mantém sincronizada: o CoachDesk guarda ali uma cópia a cada dia em que você o abre, verificada antes de ser guardada.</translation>
    </message>
    <message>
        <source>The copies are encrypted with your vault&apos;s key. Nobody can read them without your recovery code, not the drive&apos;s owner nor the sync service: keep the code, and the copies bring your practice back on any computer.</source>
        <translation>As cópias são criptografadas com a chave do seu cofre. Ninguém consegue lê-las sem seu código de recuperação, nem o dono da unidade nem o serviço de sincronização: guarde o código, e as cópias trazem seus registros de volta em qualquer computador.</translation>
    </message>
    <message>
        <source>&amp;Start using CoachDesk</source>
        <translation>&amp;Começar a usar o CoachDesk</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Para onde devem ir os backups?</translation>
    </message>
    <message>
        <source>Backups go to %1</source>
        <translation>Os backups vão para %1</translation>
    </message>
    <message>
        <source>CoachDesk makes its first copy there when you start. Settings can change the folder at any time.</source>
        <translation>O CoachDesk faz ali a primeira cópia quando você começar. Em Configurações você pode mudar a pasta a qualquer momento.</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>No backups yet. Your practice lives in one file on this computer: choose a folder on an external drive or a synced folder, and CoachDesk keeps encrypted copies there that your recovery code opens.</source>
        <translation>Nenhum backup ainda. Todos os seus registros ficam em um só arquivo neste computador: escolha uma pasta em uma unidade externa ou uma pasta sincronizada, e o CoachDesk guarda ali cópias criptografadas que seu código de recuperação abre.</translation>
    </message>
    <message>
        <source>Choose a backup folder…</source>
        <translation>Escolher uma pasta de backup…</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (%1): a drive not connected? Connect it, or choose another folder.</source>
        <translation>Sua pasta de backup não está disponível agora (%1): uma unidade desconectada? Conecte-a ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Escolher outra pasta…</translation>
    </message>
    <message>
        <source>No backup has been made in %1 yet.</source>
        <translation>Nenhum backup foi feito em %1 ainda.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1, %n days ago. Back up now to keep a recent copy of your practice.</source>
        <translation>
            <numerusform>O último backup foi feito em %1, há %n dia. Faça backup agora para manter uma cópia recente dos seus registros.</numerusform>
            <numerusform>O último backup foi feito em %1, há %n dias. Faça backup agora para manter uma cópia recente dos seus registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Para onde devem ir os backups?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>no backup folder is chosen (Settings → Backups)</source>
        <translation>nenhuma pasta de backup foi escolhida (Configurações → Backups)</translation>
    </message>
    <message>
        <source>no backup folder is known for this vault</source>
        <translation>nenhuma pasta de backup é conhecida para este cofre</translation>
    </message>
    <message>
        <source>The backup was not made: %1. Your vault is untouched.</source>
        <translation>O backup não foi feito: %1. Seu cofre não foi alterado.</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>o cofre está bloqueado</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>não foi possível gravar em %1 (%2)</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>não foi possível gravar a cópia (%1)</translation>
    </message>
    <message>
        <source>the copy does not open with the vault&apos;s key</source>
        <translation>a cópia não abre com a chave do cofre</translation>
    </message>
    <message>
        <source>the copy failed its encryption check (damaged pages: %1)</source>
        <translation>a cópia não passou na verificação da criptografia (páginas danificadas: %1)</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>a cópia não passou na verificação de integridade</translation>
    </message>
    <message>
        <source>the copy does not have this version&apos;s records layout</source>
        <translation>a cópia não tem a estrutura de registros desta versão</translation>
    </message>
    <message>
        <source>the copy is not of this vault</source>
        <translation>a cópia não é deste cofre</translation>
    </message>
    <message>
        <source>the copy cannot be read (%1)</source>
        <translation>não é possível ler a cópia (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>não é possível ler %1 (%2)</translation>
    </message>
    <message>
        <source>your backups</source>
        <translation>seus backups</translation>
    </message>
    <message>
        <source>for backups, in Settings</source>
        <translation>para backups, em Configurações</translation>
    </message>
    <message>
        <source>That is the vault&apos;s own folder: a backup there is lost with the vault when the disk fails or the laptop is lost. Choose an external drive or a synced folder.</source>
        <translation>Essa é a própria pasta do cofre: um backup ali se perde junto com o cofre se o disco falhar ou o notebook for perdido. Escolha uma unidade externa ou uma pasta sincronizada.</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>não é possível ler a pasta (%1)</translation>
    </message>
    <message>
        <source>it could not be re-encrypted (%1)</source>
        <translation>não foi possível criptografá-lo de novo (%1)</translation>
    </message>
    <message>
        <source>a change to it was cut off (the file beside it ending in %1 holds it), so it was left as it is</source>
        <translation>uma alteração nele foi interrompida (o arquivo ao lado terminado em %1 a contém), por isso ele foi deixado como está</translation>
    </message>
    <message>
        <source>it does not open with the vault&apos;s previous key: it is damaged, or was made under an earlier key or for another vault</source>
        <translation>ele não abre com a chave anterior do cofre: está danificado, ou foi feito com uma chave mais antiga ou para outro cofre</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>não é possível abri-lo</translation>
    </message>
    <message>
        <source>it cannot be read: it is damaged</source>
        <translation>não é possível lê-lo: está danificado</translation>
    </message>
    <message>
        <source>the disk is full, so it was left as it is</source>
        <translation>o disco está cheio, por isso ele foi deixado como está</translation>
    </message>
    <message>
        <source>it could not be rewritten (%1)</source>
        <translation>não foi possível regravá-lo (%1)</translation>
    </message>
    <message>
        <source>its records could not be copied: it may be damaged (%1)</source>
        <translation>não foi possível copiar seus registros: ele pode estar danificado (%1)</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Coach only</source>
        <translation>Só o coach</translation>
    </message>
    <message>
        <source>Shared with client</source>
        <translation>Compartilhada com o cliente</translation>
    </message>
    <message>
        <source>Sponsor, if client approves</source>
        <translation>Patrocinador, se o cliente aprovar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Awaiting the client</source>
        <translation>Aguardando o cliente</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Voided by an edit</source>
        <translation>Anulado por uma edição</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>A responder</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Prazo de guarda vencido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Não paga</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previstos</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Faltada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>Aguardando assinaturas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltando</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Struck</source>
        <translation>Riscado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>Struck by the client</source>
        <translation>Riscado pelo cliente</translation>
    </message>
    <message>
        <source>Voided: the report around it changed</source>
        <translation>Anulado: o relatório ao redor mudou</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>Nature and limits of confidentiality</source>
        <translation>Natureza e limites da confidencialidade</translation>
    </message>
    <message>
        <source>Named limits: illegal activity, court order or subpoena, risk of danger to self or others</source>
        <translation>Limites nomeados: atividade ilegal, ordem judicial ou intimação, risco de perigo para si ou para outros</translation>
    </message>
    <message>
        <source>How coaching information is exchanged among coach, client and sponsor</source>
        <translation>Como as informações do coaching são trocadas entre coach, cliente e patrocinador</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Papéis e responsabilidades</translation>
    </message>
    <message>
        <source>Fees and payment</source>
        <translation>Honorários e pagamento</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <source>Record retention period and disposal method</source>
        <translation>Prazo de guarda dos registros e forma de descarte</translation>
    </message>
    <message>
        <source>How the agreement ends</source>
        <translation>Como o acordo termina</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Discard your changes to the agreement&apos;s words?</source>
        <translation>Descartar suas alterações no texto do acordo?</translation>
    </message>
    <message>
        <source>Edit the agreement&apos;s words</source>
        <translation>Editar o texto do acordo</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Clause heading</source>
        <translation>Título da cláusula</translation>
    </message>
    <message>
        <source>Clause words</source>
        <translation>Texto da cláusula</translation>
    </message>
    <message>
        <source>&amp;Remove clause</source>
        <translation>&amp;Remover cláusula</translation>
    </message>
    <message>
        <source>Put back &amp;missing clauses</source>
        <translation>Repor cláusulas &amp;faltantes</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← All &amp;clients</source>
        <translation>← Todos os &amp;clientes</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Co&amp;meçar sessão</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nova a&amp;notação</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar dados</translation>
    </message>
    <message>
        <source>Disclos&amp;ures</source>
        <translation>Divulgaçõe&amp;s</translation>
    </message>
    <message>
        <source>What was shared about this client, and what sponsors asked for</source>
        <translation>O que foi compartilhado sobre este cliente e o que os patrocinadores pediram</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>A&amp;gendar sessão…</translation>
    </message>
    <message>
        <source>Edit sess&amp;ion…</source>
        <translation>Edi&amp;tar sessão…</translation>
    </message>
    <message>
        <source>Its date, minutes and status (a held session&apos;s minutes are what the tax export shows)</source>
        <translation>Data, minutos e situação (os minutos de uma sessão realizada são os que a exportação fiscal mostra)</translation>
    </message>
    <message>
        <source>New en&amp;gagement…</source>
        <translation>Novo &amp;processo…</translation>
    </message>
    <message>
        <source>E&amp;dit engagement…</source>
        <translation>E&amp;ditar processo…</translation>
    </message>
    <message>
        <source>E&amp;dit goals…</source>
        <translation>E&amp;ditar objetivos…</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Novo ac&amp;ordo…</translation>
    </message>
    <message>
        <source>&amp;Open agreement</source>
        <translation>&amp;Abrir acordo</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>Novo &amp;relatório…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Abrir relatório</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivado</translation>
    </message>
    <message>
        <source>No email or phone yet</source>
        <translation>Nenhum e-mail ou telefone ainda</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Novo processo…</translation>
    </message>
    <message>
        <source>Sessions, goals, agreements and reports belong to an engagement: its dates, sponsor and fee. Add one first.</source>
        <translation>Sessões, objetivos, acordos e relatórios pertencem a um processo: suas datas, patrocinador e honorários. Adicione um primeiro.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Nenhuma sessão ainda.</translation>
    </message>
    <message>
        <source>No sessions yet.
Plan the next one, or start a session now: it is recorded as it happens.</source>
        <translation>Nenhuma sessão ainda.
Agende a próxima ou comece uma sessão agora: ela é registrada enquanto acontece.</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Agendar sessão…</translation>
    </message>
    <message>
        <source>No open action items.
What the client or you agree to do in a session, written with [ ] or in the session&apos;s list, waits here until it is done.</source>
        <translation>Nenhuma ação em aberto.
O que o cliente ou você combinam fazer em uma sessão, escrito com [ ] ou na lista da sessão, fica aqui até ser feito.</translation>
    </message>
    <message>
        <source>No notes yet.
What you write in a session, or on its own with New note, is kept here. Notes stay yours unless you choose to share them.</source>
        <translation>Nenhuma anotação ainda.
O que você escreve em uma sessão, ou avulso com Nova anotação, fica guardado aqui. As anotações são só suas, a menos que você escolha compartilhá-las.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova anotação</translation>
    </message>
    <message>
        <source>No engagement yet.
An engagement is the coaching you agreed: its dates, sponsor, fee and goals. Sessions and agreements belong to it.</source>
        <translation>Nenhum processo ainda.
Um processo é o coaching que vocês combinaram: datas, patrocinador, honorários e objetivos. Sessões e acordos pertencem a ele.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Nenhum objetivo ainda.</translation>
    </message>
    <message>
        <source>No goals yet.
Goals are part of the engagement, and the client sees every one.</source>
        <translation>Nenhum objetivo ainda.
Os objetivos fazem parte do processo, e o cliente vê todos eles.</translation>
    </message>
    <message>
        <source>Add goals…</source>
        <translation>Adicionar objetivos…</translation>
    </message>
    <message>
        <source>No agreement yet.
The agreement sets confidentiality and its limits, fees and what a sponsor may hear, signed by every party before the coaching starts.</source>
        <translation>Nenhum acordo ainda.
O acordo define a confidencialidade e seus limites, os honorários e o que um patrocinador pode saber, e é assinado por todas as partes antes de o coaching começar.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Novo acordo…</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Nenhum acordo ainda.</translation>
    </message>
    <message>
        <source>No reports yet.
A report tells the sponsor only what the agreement allows, in words the client approved.</source>
        <translation>Nenhum relatório ainda.
Um relatório conta ao patrocinador só o que o acordo permite, com palavras que o cliente aprovou.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Novo relatório…</translation>
    </message>
    <message>
        <source>No reports yet.
Reports go to a sponsor, and no engagement of this client&apos;s has one: a client who pays for their own coaching needs no report.</source>
        <translation>Nenhum relatório ainda.
Os relatórios vão para um patrocinador, e nenhum processo deste cliente tem um: um cliente que paga o próprio coaching não precisa de relatório.</translation>
    </message>
    <message>
        <source>Reports go to a sponsor: add the sponsor to the engagement first</source>
        <translation>Os relatórios vão para um patrocinador: adicione primeiro o patrocinador ao processo</translation>
    </message>
    <message>
        <source>Engagement saved.</source>
        <translation>Processo salvo.</translation>
    </message>
    <message>
        <source>Session planned for %1.</source>
        <translation>Sessão agendada para %1.</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sessão salva.</translation>
    </message>
    <message>
        <source>Agreement drafted. Open it to check its words and record the signatures.</source>
        <translation>Acordo redigido. Abra-o para conferir o texto e registrar as assinaturas.</translation>
    </message>
    <message>
        <source>Report started. Open it to write what the client approves.</source>
        <translation>Relatório iniciado. Abra-o para escrever o que o cliente aprova.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Começar sessão</translation>
    </message>
    <message>
        <source>A session is planned for %1. Is this that session, starting now?</source>
        <translation>Há uma sessão agendada para %1. É esta a sessão, começando agora?</translation>
    </message>
    <message>
        <source>Start the planned session</source>
        <translation>Começar a sessão agendada</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Começar uma nova sessão</translation>
    </message>
    <message>
        <source>This client has no current engagement, so no session is recorded; the note is kept with the client.</source>
        <translation>Este cliente não tem processo em andamento, então nenhuma sessão é registrada; a anotação fica com o cliente.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This does not look like an email address (name@example.org).</source>
        <translation>Isto não parece um endereço de e-mail (nome@example.org).</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Add your first client (Ctrl+N)</source>
        <translation>Adicione seu primeiro cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search clients by name or email</source>
        <translation>Buscar clientes por nome ou e-mail</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;arquivados</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Novo cliente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arqui&amp;var</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>A&amp;brir cliente</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Cliente salvo.</translation>
    </message>
    <message>
        <source>Client added.</source>
        <translation>Cliente adicionado.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Arquivar cliente</translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault, out of the everyday list. Tick “Show archived” to see them again.</source>
        <translation>Arquivar %1? Os registros dele continuam no cofre, fora da lista do dia a dia. Marque “Mostrar arquivados” para vê-los de novo.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Could not archive</source>
        <translation>Não foi possível arquivar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Nenhum cliente corresponde a esta busca.</translation>
    </message>
    <message>
        <source>No clients yet.
A client is the person you coach: their details, engagements, sessions and notes all live on their page.</source>
        <translation>Nenhum cliente ainda.
Um cliente é a pessoa que você acompanha no coaching: dados, processos, sessões e anotações ficam todos na página dele.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <source>Rest&amp;ore client</source>
        <translation>Resta&amp;urar cliente</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Arqui&amp;var cliente</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomes</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Seu código de recuperação</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Anote-o em papel agora. Ele é mostrado só esta vez.</translation>
    </message>
    <message>
        <source>I have written down my recovery code and will keep it somewhere safe</source>
        <translation>Anotei meu código de recuperação e vou guardá-lo em local seguro</translation>
    </message>
    <message>
        <source>This is this computer&apos;s own recovery code, for its vault here: keep it on paper. The pairing code you type after this is a different code, shown on the other computer.</source>
        <translation>Este é o código de recuperação deste computador, para o cofre dele: guarde-o em papel. O código de pareamento que você vai digitar depois é outro código, mostrado no outro computador.</translation>
    </message>
    <message>
        <source>If this computer is lost or replaced, or its keyring is cleared, this code is the only way to open your vault. Keep it away from the laptop, as you would a spare key. CoachDesk cannot show it again or recover it for you.</source>
        <translation>Se este computador for perdido ou substituído, ou se o chaveiro dele for apagado, este código é a única forma de abrir o seu cofre. Guarde-o longe do notebook, como faria com uma chave reserva. O CoachDesk não pode mostrá-lo de novo nem recuperá-lo para você.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Confira a sua cópia</translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation>Digite dois grupos do que você anotou.</translation>
    </message>
    <message>
        <source>This makes sure your written copy is right before anything depends on it.</source>
        <translation>Isso garante que a sua cópia escrita está correta antes que algo dependa dela.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Criar meu cofre</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group %1 is not what the code says. Check your copy (press Back to see the code again).</source>
        <translation>O grupo %1 não é o que o código diz. Confira a sua cópia (clique em Voltar para ver o código de novo).</translation>
    </message>
    <message>
        <source>CoachDesk could not write the vault in %1 (%2). Nothing was saved.</source>
        <translation>O CoachDesk não conseguiu gravar o cofre em %1 (%2). Nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Editada em dois computadores</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This note was resolved already, perhaps on another computer.</source>
        <translation>Esta anotação já foi resolvida, talvez em outro computador.</translation>
    </message>
    <message>
        <source>This note changed while you were choosing. Both texts are shown again as they are now.</source>
        <translation>Esta anotação mudou enquanto você escolhia. Os dois textos aparecem de novo como estão agora.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>the client has not approved it for this recipient</source>
        <translation>o cliente não o aprovou para este destinatário</translation>
    </message>
    <message>
        <source>its words changed after the client approved them</source>
        <translation>as palavras mudaram depois que o cliente as aprovou</translation>
    </message>
    <message>
        <source>the client withdrew the approval</source>
        <translation>o cliente revogou a aprovação</translation>
    </message>
    <message>
        <source>the approval has expired</source>
        <translation>a aprovação expirou</translation>
    </message>
    <message>
        <source>the approval is dated after the day of this export</source>
        <translation>a aprovação tem data posterior ao dia desta exportação</translation>
    </message>
    <message>
        <source>the report around it changed after the client approved it</source>
        <translation>o relatório ao redor mudou depois que o cliente o aprovou</translation>
    </message>
    <message>
        <source>the client has not approved the report as it will be printed (recipient, purpose, period and session facts)</source>
        <translation>o cliente não aprovou o relatório como será impresso (destinatário, finalidade, período e dados das sessões)</translation>
    </message>
    <message>
        <source>the client&apos;s approval of the report has expired</source>
        <translation>a aprovação do relatório pelo cliente expirou</translation>
    </message>
    <message>
        <source>the client withdrew the approval of the report</source>
        <translation>o cliente revogou a aprovação do relatório</translation>
    </message>
    <message>
        <source>no active agreement with this sponsor says how information is exchanged (ICF Code 25): activate a three-party agreement first</source>
        <translation>nenhum acordo vigente com este patrocinador diz como as informações são trocadas (Código ICF 25): ative primeiro um acordo tripartite</translation>
    </message>
    <message>
        <source>nobody has confirmed what the agreement lets the sponsor receive: open the agreement and choose it (every party then signs again)</source>
        <translation>ninguém confirmou o que o acordo permite ao patrocinador receber: abra o acordo e escolha (depois todas as partes assinam de novo)</translation>
    </message>
    <message>
        <source>the agreement does not let the sponsor receive the client&apos;s words, only the session facts it names: strike or remove the passages</source>
        <translation>o acordo não permite ao patrocinador receber as palavras do cliente, só os dados das sessões que ele cita: risque ou remova os trechos</translation>
    </message>
    <message>
        <source>the report has nothing in it to send</source>
        <translation>o relatório não tem nada para enviar</translation>
    </message>
    <message>
        <source>the report is set to print in %1, and this copy of CoachDesk cannot print in that language (its translation is missing or incomplete): it would go out in other words than the client approves. Use a CoachDesk that prints in %1, or choose another language and ask the client to approve the report again</source>
        <translation>o relatório deve ser impresso em %1, e esta cópia do CoachDesk não consegue imprimir nesse idioma (a tradução está faltando ou incompleta): ele sairia com palavras diferentes das que o cliente aprova. Use um CoachDesk que imprima em %1, ou escolha outro idioma e peça ao cliente que aprove o relatório de novo</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>How long the course was is needed (more than 0 hours).</source>
        <translation>É preciso informar a duração do curso (mais de 0 horas).</translation>
    </message>
    <message>
        <source>The certificate is larger than 20 MB: save it smaller (a PDF or a photo) and add it again.</source>
        <translation>O certificado tem mais de 20 MB: salve-o menor (um PDF ou uma foto) e adicione-o de novo.</translation>
    </message>
    <message>
        <source>That course is no longer in the log.</source>
        <translation>Esse curso não está mais no registro.</translation>
    </message>
    <message>
        <source>No certificate is kept for that course.</source>
        <translation>Nenhum certificado está guardado para esse curso.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Confidential Client %1</source>
        <translation>Cliente confidencial %1</translation>
    </message>
    <message>
        <source>A group has 2 to %1 people: ICF counts groups of %1 or fewer.</source>
        <translation>Um grupo tem de 2 a %1 pessoas: a ICF conta grupos de até %1.</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Esta sessão está cobrada na fatura %1: anule a fatura primeiro para torná-la pro bono.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Esta sessão não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>ICF %1 (%2 hours)</source>
        <translation>ICF %1 (%2 horas)</translation>
    </message>
    <message>
        <source>Credential worked toward</source>
        <translation>Credencial almejada</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>&amp;Working toward</source>
        <translation>Credencial al&amp;mejada</translation>
    </message>
    <message>
        <source>Coaching log</source>
        <translation>Registro de horas</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Educação continuada</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Horas no total</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Horas pagas</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Hours in the last 18 months</source>
        <translation>Horas nos últimos 18 meses</translation>
    </message>
    <message>
        <source>Count hours from the start of my coach-specific &amp;training, on</source>
        <translation>Contar as horas a partir do início da minha &amp;formação específica em coaching, em</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>In the log as</source>
        <translation>No registro como</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Contact in the log</source>
        <translation>Contato no registro</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation>H pagas</translation>
    </message>
    <message>
        <source>Pro bono h</source>
        <translation>H pro bono</translation>
    </message>
    <message>
        <source>No held sessions yet.
The log fills itself from the sessions you hold: each engagement is a line, its hours paid or pro bono as its fee says.</source>
        <translation>Nenhuma sessão realizada ainda.
O registro se preenche sozinho a partir das sessões que você realiza: cada processo é uma linha, com as horas pagas ou pro bono conforme os honorários.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Ir para clientes</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <source>Naming consent, group size, paid or pro bono</source>
        <translation>Autorização para nomear, tamanho do grupo, pago ou pro bono</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimir em PDF…</translation>
    </message>
    <message>
        <source>I hold the credential, &amp;awarded or last renewed on</source>
        <translation>Tenho a credencial, conce&amp;dida ou renovada pela última vez em</translation>
    </message>
    <message>
        <source>Awarded or last renewed on</source>
        <translation>Concedida ou renovada pela última vez em</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>No courses yet.
Add each course with its hours (one hour is one CCE unit) and its certificate, which is kept encrypted in your vault.</source>
        <translation>Nenhum curso ainda.
Adicione cada curso com suas horas (uma hora é uma unidade CCE) e seu certificado, que fica guardado criptografado no seu cofre.</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Adicionar um curso</translation>
    </message>
    <message>
        <source>&amp;Add course…</source>
        <translation>&amp;Adicionar curso…</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>&amp;Salvar certificado…</translation>
    </message>
    <message>
        <source>&amp;Remove course</source>
        <translation>&amp;Remover curso</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 de %2 horas</translation>
    </message>
    <message numerus="yes">
        <source>%n (%1 needed)</source>
        <translation>
            <numerusform>%n (%1 necessários)</numerusform>
            <numerusform>%n (%1 necessários)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · met</source>
        <translation>%1 · cumprido</translation>
    </message>
    <message>
        <source>Pro bono: %1 hours. The last 18 months start on %2. Each member of a group counts as a client.</source>
        <translation>Pro bono: %1 horas. Os últimos 18 meses começam em %2. Cada participante de um grupo conta como um cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Grupo de %n</numerusform>
            <numerusform>Grupo de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Competências essenciais</translation>
    </message>
    <message>
        <source>Coaching ethics</source>
        <translation>Ética no coaching</translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Desenvolvimento de recursos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>ICF renews a credential every three years on %1 CCE units. Give the day yours was awarded or last renewed to see the window you are in.</source>
        <translation>A ICF renova uma credencial a cada três anos com base em %1 unidades CCE. Informe o dia em que a sua foi concedida ou renovada pela última vez para ver o período em que você está.</translation>
    </message>
    <message>
        <source>Renewal window from %1, renew by %2: %3 of %4 CCE units; %5 of at least %6 in core competencies, %7 of at least %8 of them in coaching ethics; %9 in resource development.</source>
        <translation>Período de renovação a partir de %1, renovar até %2: %3 de %4 unidades CCE; %5 de pelo menos %6 em competências essenciais, %7 de pelo menos %8 delas em ética no coaching; %9 em desenvolvimento de recursos.</translation>
    </message>
    <message>
        <source>Choose a line of the log first.</source>
        <translation>Escolha primeiro uma linha do registro.</translation>
    </message>
    <message>
        <source>Save the coaching log</source>
        <translation>Salvar o registro de horas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (lines: %n). This export is recorded.</source>
        <translation>
            <numerusform>Salvo em %1 (linhas: %n). Esta exportação fica registrada.</numerusform>
            <numerusform>Salvo em %1 (linhas: %n). Esta exportação fica registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the coaching log to PDF</source>
        <translation>Imprimir o registro de horas em PDF</translation>
    </message>
    <message>
        <source>Saved to %1. This export is recorded.</source>
        <translation>Salvo em %1. Esta exportação fica registrada.</translation>
    </message>
    <message>
        <source>Choose a course with a certificate first.</source>
        <translation>Escolha primeiro um curso com certificado.</translation>
    </message>
    <message>
        <source>Save a copy of the certificate</source>
        <translation>Salvar uma cópia do certificado</translation>
    </message>
    <message>
        <source>Certificate (*.%1)</source>
        <translation>Certificado (*.%1)</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Escolha primeiro um curso.</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Remover curso</translation>
    </message>
    <message>
        <source>Remove “%1” and its certificate from the log? This cannot be undone.</source>
        <translation>Remover “%1” e o certificado dele do registro? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>DataRequests</name>
    <message>
        <source>The day it was received cannot be in the future.</source>
        <translation>O dia do recebimento não pode estar no futuro.</translation>
    </message>
    <message>
        <source>This client is not in the vault.</source>
        <translation>Este cliente não está no cofre.</translation>
    </message>
    <message>
        <source>This request is not in the log.</source>
        <translation>Esta solicitação não está no registro.</translation>
    </message>
    <message>
        <source>This request is closed; its deadline no longer runs.</source>
        <translation>Esta solicitação está encerrada; o prazo dela não corre mais.</translation>
    </message>
    <message>
        <source>The deadline was extended already; the law allows one extension of two months.</source>
        <translation>O prazo já foi prorrogado; a lei permite uma prorrogação de dois meses.</translation>
    </message>
    <message>
        <source>Say why more time is needed: the client is told the reason.</source>
        <translation>Diga por que é preciso mais tempo: o cliente é informado do motivo.</translation>
    </message>
    <message>
        <source>The deadline has passed: an extension is made within the first month.</source>
        <translation>O prazo já passou: a prorrogação é feita dentro do primeiro mês.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Esta solicitação já foi respondida.</translation>
    </message>
    <message>
        <source>It cannot be answered before it was received.</source>
        <translation>Ela não pode ser respondida antes de ser recebida.</translation>
    </message>
    <message>
        <source>Check that the request comes from the client (and record how) before answering it.</source>
        <translation>Verifique se a solicitação vem do cliente (e registre como) antes de respondê-la.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type it as %1, or pick the day on the calendar.</source>
        <translation>Digite no formato %1 ou escolha o dia no calendário.</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <source>Report to sponsor</source>
        <translation>Relatório para o patrocinador</translation>
    </message>
    <message>
        <source>Legal export</source>
        <translation>Exportação legal</translation>
    </message>
    <message>
        <source>Packet for the client</source>
        <translation>Pacote para o cliente</translation>
    </message>
    <message>
        <source>This disclosure is not in the vault.</source>
        <translation>Esta divulgação não está no cofre.</translation>
    </message>
    <message>
        <source>The records changed while the file was being made, three times over. Nothing was exported; try again.</source>
        <translation>Os registros mudaram enquanto o arquivo era criado, três vezes seguidas. Nada foi exportado; tente de novo.</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>words kept in the disclosure log</source>
        <translation>palavras mantidas no registro de divulgações</translation>
    </message>
    <message>
        <source>report items</source>
        <translation>itens de relatório</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>aprovações</translation>
    </message>
    <message>
        <source>signed forms</source>
        <translation>formulários assinados</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>trechos</translation>
    </message>
    <message>
        <source>note revisions</source>
        <translation>versões anteriores das anotações</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>ações combinadas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anotações</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>agreement texts</source>
        <translation>textos dos acordos</translation>
    </message>
    <message>
        <source>client details</source>
        <translation>dados do cliente</translation>
    </message>
    <message>
        <source>session places</source>
        <translation>locais das sessões</translation>
    </message>
    <message>
        <source>sponsor request texts</source>
        <translation>textos das solicitações do patrocinador</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>O cofre está bloqueado.</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of a client&apos;s records</source>
        <translation>Eliminar os registros de um cliente</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This removes %1&apos;s records for good: %2. It also removes them from the backups in your backup folder. Session dates, lengths and fees stay for tax purposes, without any content. You will be asked where to save a disposal receipt.</source>
        <translation>Isto remove os registros de %1 definitivamente: %2. Também os remove dos backups da sua pasta de backup. As datas, durações e honorários das sessões ficam para fins fiscais, sem nenhum conteúdo. O CoachDesk vai perguntar onde salvar um comprovante de eliminação.</translation>
    </message>
    <message>
        <source>Basis for disposal</source>
        <translation>Motivo da eliminação</translation>
    </message>
    <message>
        <source>Optional: printed on the receipt, never kept</source>
        <translation>Opcional: impressa no comprovante, nunca guardada</translation>
    </message>
    <message>
        <source>Note for the receipt</source>
        <translation>Observação para o comprovante</translation>
    </message>
    <message>
        <source>The note goes on the disposal receipt only: CoachDesk keeps the basis you choose, never the note, since it could name the client.</source>
        <translation>A observação vai só para o comprovante de eliminação: o CoachDesk guarda o motivo que você escolher, nunca a observação, pois ela poderia identificar o cliente.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Entendo que isto não pode ser desfeito</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Observação</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Client + sponsor, if client approves</source>
        <translation>Cliente + patrocinador, se o cliente aprovar</translation>
    </message>
    <message>
        <source>Sponsor only (hidden from the client)</source>
        <translation>Só o patrocinador (oculto para o cliente)</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>por sessão</translation>
    </message>
    <message>
        <source>for the whole engagement</source>
        <translation>pelo processo inteiro</translation>
    </message>
    <message>
        <source>for a package of sessions</source>
        <translation>por um pacote de sessões</translation>
    </message>
    <message>
        <source>count as used</source>
        <translation>contam como usadas</translation>
    </message>
    <message>
        <source>do not count</source>
        <translation>não contam</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Editar processo</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Novo processo</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>este processo</translation>
    </message>
    <message>
        <source>e.g. Leadership coaching</source>
        <translation>ex.: Coaching de liderança</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation>Sem data de término ainda</translation>
    </message>
    <message>
        <source>No sponsor (the client pays)</source>
        <translation>Sem patrocinador (o cliente paga)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>choose what the fee is for</source>
        <translation>escolha a que se referem os honorários</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>A que se referem os honorários</translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>Sessões &amp;previstas</translation>
    </message>
    <message>
        <source>No last day</source>
        <translation>Sem último dia</translation>
    </message>
    <message>
        <source>choose: does a missed session count?</source>
        <translation>escolha: uma sessão faltada conta?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Who may know</source>
        <translation>Quem pode saber</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Adicionar &amp;objetivo</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>&amp;Remover objetivo</translation>
    </message>
    <message>
        <source>This fee was kept before CoachDesk asked what it is for. Say whether %1 is per session or for the whole engagement. An agreement already written keeps its words.</source>
        <translation>Estes honorários foram guardados antes de o CoachDesk perguntar a que se referem. Diga se %1 é por sessão ou pelo processo inteiro. Um acordo já escrito mantém seu texto.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;From, to</source>
        <translation>&amp;De, até</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Patrocinador</translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>&amp;Honorários</translation>
    </message>
    <message>
        <source>&amp;Use by</source>
        <translation>&amp;Usar até</translation>
    </message>
    <message>
        <source>&amp;Missed sessions</source>
        <translation>Sessões &amp;faltadas</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation>os honorários</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>Registro de &amp;horas</translation>
    </message>
    <message>
        <source>The fee was %1 %2: check it, now that it is %3.</source>
        <translation>Os honorários eram %1 %2: confira, agora que são %3.</translation>
    </message>
    <message numerus="yes">
        <source>Converted: %1 %2 for %n sessions comes to %3 %4.</source>
        <translation>
            <numerusform>Convertido: %1 %2 para %n sessão dá %3 %4.</numerusform>
            <numerusform>Convertido: %1 %2 para %n sessões dá %3 %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions in the &amp;package</source>
        <translation>Sessões no &amp;pacote</translation>
    </message>
    <message>
        <source>What the client wants to achieve</source>
        <translation>O que o cliente quer alcançar</translation>
    </message>
    <message>
        <source>Who may know this goal</source>
        <translation>Quem pode saber deste objetivo</translation>
    </message>
</context>
<context>
    <name>Engagements</name>
    <message>
        <source>A package holds at least one session: say how many.</source>
        <translation>Um pacote inclui pelo menos uma sessão: informe quantas.</translation>
    </message>
    <message>
        <source>Say whether a missed session counts as one of the package&apos;s sessions: the agreement will state it.</source>
        <translation>Informe se uma sessão perdida conta como uma das sessões do pacote: o acordo vai declarar isso.</translation>
    </message>
    <message>
        <source>Say what this engagement&apos;s fee is for (each session, or the whole engagement): it was entered before CoachDesk asked. Edit the engagement to choose.</source>
        <translation>Informe a que se referem os honorários deste processo (cada sessão ou o processo inteiro): eles foram informados antes de o CoachDesk perguntar. Edite o processo para escolher.</translation>
    </message>
    <message>
        <source>Every goal must be visible to the client. A goal the sponsor wants kept from the client is an ethical conflict under the ICF Code of Ethics: talk it through with the client and sponsor together, and record it only as a goal the client knows.</source>
        <translation>Todo objetivo deve ser visível para o cliente. Um objetivo que o patrocinador quer esconder do cliente é um conflito ético segundo o Código de Ética da ICF: converse sobre isso com o cliente e o patrocinador juntos e registre-o apenas como um objetivo que o cliente conhece.</translation>
    </message>
    <message>
        <source>A goal cannot be empty.</source>
        <translation>Um objetivo não pode ficar vazio.</translation>
    </message>
    <message>
        <source>Planned sessions cannot be negative.</source>
        <translation>As sessões previstas não podem ser negativas.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>A moeda é um código de três letras, como EUR ou USD.</translation>
    </message>
    <message>
        <source>The package&apos;s last day comes before the engagement starts: choose it again.</source>
        <translation>O último dia do pacote é anterior ao início do processo: escolha-o novamente.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Este processo não está mais no cofre.</translation>
    </message>
    <message>
        <source>Sessions of this engagement were held at fees in %1 and are not invoiced yet: invoice them in %1 first, then change the currency (or start a new engagement in the new currency).</source>
        <translation>Há sessões deste processo realizadas com honorários em %1 que ainda não foram faturadas: fature-as primeiro em %1 e depois mude a moeda (ou comece um novo processo na nova moeda).</translation>
    </message>
    <message>
        <source>A signed agreement for this engagement states the fee:%1. Its words cannot change; end that agreement and make a new one to agree a new fee or package.</source>
        <translation>Um acordo assinado para este processo declara os honorários:%1. O texto não pode mudar; encerre esse acordo e faça um novo para combinar novos honorários ou um novo pacote.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>This is not an erasure request.</source>
        <translation>Esta não é uma solicitação de apagamento.</translation>
    </message>
</context>
<context>
    <name>EthicsGuide</name>
    <message>
        <source>How a sponsor report is made</source>
        <translation>Como é feito um relatório ao patrocinador</translation>
    </message>
    <message>
        <source>1. The agreement says what the sponsor may receive</source>
        <translation>1. O acordo diz o que o patrocinador pode receber</translation>
    </message>
    <message>
        <source>A three-party agreement names what may be shared with the sponsor (attendance, session dates, hours, progress in the client&apos;s approved words) and the limits of confidentiality. Nothing is active, and nothing can be reported, until every party has signed.</source>
        <translation>Um acordo tripartite define o que pode ser compartilhado com o patrocinador (presença, datas das sessões, horas, progresso nas palavras aprovadas pelo cliente) e os limites da confidencialidade. Nada fica ativo, e nada pode ser relatado, até que todas as partes assinem.</translation>
    </message>
    <message>
        <source>2. Your notes stay yours</source>
        <translation>2. Suas anotações são só suas</translation>
    </message>
    <message>
        <source>Session notes are private by default. A note never leaves the vault on its own: only an excerpt, written fresh or lifted from a note, can be offered for a report.</source>
        <translation>As anotações de sessão são privadas por padrão. Uma anotação nunca sai do cofre sozinha: só um trecho, escrito do zero ou tirado de uma anotação, pode ser oferecido para um relatório.</translation>
    </message>
    <message>
        <source>3. The client approves the exact words</source>
        <translation>3. O cliente aprova as palavras exatas</translation>
    </message>
    <message>
        <source>Go through the draft with your client in review mode, which shows the report and nothing else, or give them a release form to sign. Each approval records who gave it, how and when. Changing an approved excerpt voids its approval.</source>
        <translation>Revise o rascunho com seu cliente no modo de revisão, que mostra o relatório e nada mais, ou entregue a ele um termo de autorização para assinar. Cada aprovação registra quem a deu, como e quando. Alterar um trecho aprovado anula a aprovação dele.</translation>
    </message>
    <message>
        <source>4. Only approved words are exported</source>
        <translation>4. Só palavras aprovadas são exportadas</translation>
    </message>
    <message>
        <source>The report exports as a PDF only when every item carries a current approval for that sponsor. Each export is recorded as a disclosure: what went to whom, and when.</source>
        <translation>O relatório é exportado em PDF só quando cada item tem uma aprovação válida para aquele patrocinador. Cada exportação é registrada como uma divulgação: o que foi para quem, e quando.</translation>
    </message>
    <message>
        <source>Why: the ICF Code of Ethics asks for the strictest confidentiality, a clear agreement among coach, client and sponsor on how information is exchanged, and written limits to confidentiality. When a sponsor asks for more than was agreed, the agreement&apos;s words and the disclosure log are your calm answer.</source>
        <translation>Por quê: o Código de Ética da ICF pede a mais estrita confidencialidade, um acordo claro entre coach, cliente e patrocinador sobre como as informações são trocadas e limites de confidencialidade por escrito. Quando um patrocinador pedir mais do que foi combinado, o texto do acordo e o registro de divulgações são sua resposta tranquila.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>“%1” is empty. Choose the scanned form itself.</source>
        <translation>“%1” está vazio. Escolha o próprio formulário digitalizado.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence can be at most %3 MB. Scan the form again at a lower resolution (150 dpi is plenty) and attach that.</source>
        <translation>“%1” tem %2 MB; uma comprovação pode ter no máximo %3 MB. Digitalize o formulário de novo com resolução menor (150 dpi bastam) e anexe esse arquivo.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF or an image (PNG, JPEG or TIFF). Scan or save the signed form as one of these and attach that.</source>
        <translation>“%1” não é um PDF nem uma imagem (PNG, JPEG ou TIFF). Digitalize ou salve o termo assinado em um desses formatos e anexe-o.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Esta aprovação não está mais no cofre.</translation>
    </message>
    <message>
        <source>This evidence is no longer in the vault.</source>
        <translation>Esta comprovação não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Editar item</translation>
    </message>
    <message>
        <source>Lift words from a note</source>
        <translation>Tirar palavras de uma anotação</translation>
    </message>
    <message>
        <source>Write an item</source>
        <translation>Escrever um item</translation>
    </message>
    <message>
        <source>The words the sponsor would read, as the client would approve them.</source>
        <translation>As palavras que o patrocinador leria, como o cliente as aprovaria.</translation>
    </message>
    <message>
        <source>Item words</source>
        <translation>Palavras do item</translation>
    </message>
    <message>
        <source>Editing words the client already approved means asking again.</source>
        <translation>Editar palavras que o cliente já aprovou significa pedir de novo.</translation>
    </message>
    <message>
        <source>The client will read and approve these exact words.</source>
        <translation>O cliente vai ler e aprovar exatamente estas palavras.</translation>
    </message>
    <message>
        <source>Words for the sponsor</source>
        <translation>Palavras para o patrocinador</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Anotação compartilhada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>Use the &amp;selected words →</source>
        <translation>Usar as palavras &amp;selecionadas →</translation>
    </message>
    <message>
        <source>Notes the sponsor may see, if the client approves</source>
        <translation>Anotações que o patrocinador pode ver, se o cliente aprovar</translation>
    </message>
    <message>
        <source>None of this client&apos;s notes is marked “Sponsor, if client approves”. Choose that for a note (right-click it on the client&apos;s page) to lift words from it, or write the item fresh.</source>
        <translation>Nenhuma anotação deste cliente está marcada como “Patrocinador, se o cliente aprovar”. Escolha isso para uma anotação (clique com o botão direito nela na página do cliente) para tirar palavras dela, ou escreva o item do zero.</translation>
    </message>
    <message>
        <source>Select the words in the note first.</source>
        <translation>Selecione antes as palavras na anotação.</translation>
    </message>
</context>
<context>
    <name>Excerpts</name>
    <message>
        <source>An excerpt cannot be empty.</source>
        <translation>Um trecho não pode ficar vazio.</translation>
    </message>
    <message>
        <source>That note is not this client&apos;s.</source>
        <translation>Essa anotação não é deste cliente.</translation>
    </message>
    <message>
        <source>A private note is the coach&apos;s own: nothing is lifted from it for a sponsor.</source>
        <translation>Uma anotação privada é só do coach: nada é tirado dela para um patrocinador.</translation>
    </message>
    <message>
        <source>This note is shared with the client only: choose &quot;Sponsor, if client approves&quot; for it first.</source>
        <translation>Esta anotação é compartilhada só com o cliente: escolha primeiro “Patrocinador, se o cliente aprovar” para ela.</translation>
    </message>
    <message>
        <source>This excerpt is no longer in the vault.</source>
        <translation>Este trecho não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>FeeToConfirm</name>
    <message>
        <source>Confirm the &amp;fee…</source>
        <translation>Confirmar os &amp;honorários…</translation>
    </message>
    <message>
        <source>%1’s %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>processo</translation>
    </message>
    <message>
        <source>Is the fee of %1, %2, per session or for the whole engagement? It was kept before CoachDesk asked.</source>
        <translation>Os honorários de %1, %2, são por sessão ou pelo processo inteiro? Eles foram guardados antes de o CoachDesk perguntar.</translation>
    </message>
    <message numerus="yes">
        <source>Then %n more engagement(s).</source>
        <translation>
            <numerusform>Depois, mais %n processo.</numerusform>
            <numerusform>Depois, mais %n processos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Disposal method</source>
        <translation>Forma de eliminação</translation>
    </message>
    <message>
        <source>This setting</source>
        <translation>Esta configuração</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>O nome da organização</translation>
    </message>
    <message>
        <source>A clause</source>
        <translation>Uma cláusula</translation>
    </message>
    <message>
        <source>A clause heading</source>
        <translation>Um título de cláusula</translation>
    </message>
    <message>
        <source>A fact</source>
        <translation>Um dado</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Um objetivo</translation>
    </message>
    <message>
        <source>A goal&apos;s visibility</source>
        <translation>A visibilidade de um objetivo</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Uma anotação</translation>
    </message>
    <message>
        <source>A section&apos;s heading</source>
        <translation>O título de uma seção</translation>
    </message>
    <message>
        <source>A section&apos;s prompt</source>
        <translation>A pergunta-guia de uma seção</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de acordo</translation>
    </message>
    <message>
        <source>An action item</source>
        <translation>Uma ação combinada</translation>
    </message>
    <message>
        <source>An excerpt</source>
        <translation>Um trecho</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Nome para faturamento</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>How identity was checked</source>
        <translation>Como a identidade foi verificada</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Como chegou</translation>
    </message>
    <message>
        <source>How the client approved</source>
        <translation>Como o cliente aprovou</translation>
    </message>
    <message>
        <source>Paid or pro bono</source>
        <translation>Pago ou pro bono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Forma de assinatura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>O endereço</translation>
    </message>
    <message>
        <source>The agreement&apos;s language</source>
        <translation>O idioma do acordo</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>O título do acordo</translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation>A data da aprovação</translation>
    </message>
    <message>
        <source>The basis for disposal</source>
        <translation>O motivo da eliminação</translation>
    </message>
    <message>
        <source>The certificate&apos;s file name</source>
        <translation>O nome do arquivo do certificado</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>O nome do cliente</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>O serviço de nuvem</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>O nome do contato</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>O curso</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>A credencial</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>A data da solicitação</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>A data da resposta</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>O dia</translation>
    </message>
    <message>
        <source>The day it was answered</source>
        <translation>O dia em que foi respondida</translation>
    </message>
    <message>
        <source>The day it was paid</source>
        <translation>O dia em que foi paga</translation>
    </message>
    <message>
        <source>The day it was received</source>
        <translation>O dia em que foi recebida</translation>
    </message>
    <message>
        <source>The day of the course</source>
        <translation>O dia do curso</translation>
    </message>
    <message>
        <source>The day of the extension</source>
        <translation>O dia da prorrogação</translation>
    </message>
    <message>
        <source>The day the client agreed</source>
        <translation>O dia em que o cliente autorizou</translation>
    </message>
    <message>
        <source>The day the credential was awarded</source>
        <translation>O dia em que a credencial foi concedida</translation>
    </message>
    <message>
        <source>The day your coach training started</source>
        <translation>O dia em que sua formação de coach começou</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>O vencimento</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>A data de término</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>O fim do período</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>A data de expiração</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Os honorários</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>O primeiro dia</translation>
    </message>
    <message>
        <source>The invoice&apos;s date</source>
        <translation>A data da fatura</translation>
    </message>
    <message>
        <source>The kind of education</source>
        <translation>O tipo de formação</translation>
    </message>
    <message>
        <source>The kind of request</source>
        <translation>O tipo de solicitação</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>O último dia</translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation>A base legal</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>A observação</translation>
    </message>
    <message>
        <source>The note on the identity check</source>
        <translation>A observação sobre a verificação de identidade</translation>
    </message>
    <message>
        <source>The note on the outcome</source>
        <translation>A observação sobre o resultado</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>O resultado</translation>
    </message>
    <message>
        <source>The package&apos;s last day</source>
        <translation>O último dia do pacote</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>A frase secreta</translation>
    </message>
    <message>
        <source>The print language</source>
        <translation>O idioma de impressão</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>A instituição</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>A finalidade</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>O motivo</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>O motivo da prorrogação</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>O destinatário</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>A resposta</translation>
    </message>
    <message>
        <source>The signature date</source>
        <translation>A data da assinatura</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>O nome de quem assinou</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>A data de início</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>O início do período</translation>
    </message>
    <message>
        <source>The tax&apos;s name</source>
        <translation>O nome do imposto</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>O nome do modelo</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Esta anotação</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>A que se referem os honorários</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>O que o patrocinador pode receber</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>O que foi pedido</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Para onde vão os backups</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>Quem aprovou</translation>
    </message>
    <message>
        <source>Who asked for the record</source>
        <translation>Quem pediu o registro</translation>
    </message>
    <message>
        <source>Who is billed</source>
        <translation>Quem é faturado</translation>
    </message>
    <message>
        <source>Whose action it is</source>
        <translation>De quem é a ação</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>O que manter</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CoachDesk will not write %1: %2. Nothing was written there. Choose another name, or a folder that is yours alone.</source>
        <translation>O CoachDesk não vai gravar %1: %2. Nada foi gravado ali. Escolha outro nome, ou uma pasta que seja só sua.</translation>
    </message>
    <message>
        <source>CoachDesk will not keep %1 in %2: %3</source>
        <translation>O CoachDesk não vai guardar %1 em %2: %3</translation>
    </message>
    <message>
        <source>a link to another place stands at that name</source>
        <translation>com esse nome há um link para outro lugar</translation>
    </message>
    <message>
        <source>something other than an ordinary file stands at that name</source>
        <translation>com esse nome há algo que não é um arquivo comum</translation>
    </message>
    <message>
        <source>a file that belongs to another account stands at that name</source>
        <translation>com esse nome há um arquivo que pertence a outra conta</translation>
    </message>
    <message>
        <source>a file already stands at that name</source>
        <translation>já há um arquivo com esse nome</translation>
    </message>
    <message>
        <source>the file being written was replaced by another before it was finished</source>
        <translation>o arquivo que estava sendo gravado foi substituído por outro antes de terminar</translation>
    </message>
    <message>
        <source>your vault</source>
        <translation>seu cofre</translation>
    </message>
    <message>
        <source>start CoachDesk with --home and a folder in your home folder</source>
        <translation>inicie o CoachDesk com --home e uma pasta dentro da sua pasta pessoal</translation>
    </message>
    <message>
        <source>that folder belongs to another account on this computer, which could read or replace what is in it. Choose a folder of your own (%1).</source>
        <translation>essa pasta pertence a outra conta deste computador, que poderia ler ou substituir o que há nela. Escolha uma pasta sua (%1).</translation>
    </message>
    <message>
        <source>other accounts on this computer can add or change files in that folder. Make it yours alone (in a terminal: %1), or choose another folder (%2).</source>
        <translation>outras contas deste computador podem adicionar ou alterar arquivos nessa pasta. Torne-a só sua (em um terminal: %1), ou escolha outra pasta (%2).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CoachDesk</source>
        <translation>Configurar o CoachDesk</translation>
    </message>
</context>
<context>
    <name>FrameCard</name>
    <message>
        <source>The report as it will be sent</source>
        <translation>O relatório como será enviado</translation>
    </message>
    <message>
        <source>You approved the report as shown here.</source>
        <translation>Você aprovou o relatório como mostrado aqui.</translation>
    </message>
    <message>
        <source>Something here changed since you approved it. Please read it again.</source>
        <translation>Algo aqui mudou desde que você aprovou. Por favor, leia de novo.</translation>
    </message>
    <message>
        <source>Not approved yet. Approving a passage approves this too.</source>
        <translation>Ainda não aprovado. Aprovar um trecho aprova isto também.</translation>
    </message>
    <message>
        <source>Approve the report as shown</source>
        <translation>Aprovar o relatório como mostrado</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>O relatório como será enviado  ·  código do relatório %1</translation>
    </message>
    <message>
        <source>The report as it will be sent: %1</source>
        <translation>O relatório como será enviado: %1</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acordo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Add your first client: the person you coach.</source>
        <translation>Adicione seu primeiro cliente: a pessoa que você acompanha no coaching.</translation>
    </message>
    <message>
        <source>Add the sponsor that pays for the coaching, with the manager or HR partner as its contact.</source>
        <translation>Adicione o patrocinador que paga pelo coaching, com o gestor ou o parceiro de RH como contato.</translation>
    </message>
    <message>
        <source>Open the client&apos;s page and choose New engagement: its dates, goals, fee and sponsor.</source>
        <translation>Abra a página do cliente e escolha Novo processo: datas, objetivos, honorários e patrocinador.</translation>
    </message>
    <message>
        <source>Make the agreement for the engagement: confidentiality and its limits, fees, and what the sponsor may receive. Every party signs.</source>
        <translation>Faça o acordo do processo: a confidencialidade e seus limites, os honorários e o que o patrocinador pode receber. Todas as partes assinam.</translation>
    </message>
    <message>
        <source>Plan a session from the client&apos;s page, or start one and write your notes as you go.</source>
        <translation>Agende uma sessão na página do cliente, ou comece uma e escreva suas anotações durante a conversa.</translation>
    </message>
    <message>
        <source>Make a report for the sponsor: only words the client has approved can go in it (Help → How a sponsor report is made).</source>
        <translation>Faça um relatório para o patrocinador: só palavras que o cliente aprovou podem entrar nele (Ajuda → Como é feito um relatório ao patrocinador).</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Novo cliente…</translation>
    </message>
    <message>
        <source>New sponsor…</source>
        <translation>Novo patrocinador…</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Ir para clientes</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Novo acordo…</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Novo relatório…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>&amp;Hide this list</source>
        <translation>&amp;Ocultar esta lista</translation>
    </message>
    <message>
        <source>You can always find your way in Help</source>
        <translation>Você sempre pode se orientar na Ajuda</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: feito</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Próximo: %1</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Open notes the vault refused to save when CoachDesk locked (too large, or the disk was full): %n. Their unsaved text was cleared from the screen with everything else.</source>
        <translation>Anotações abertas que o cofre se recusou a salvar quando o CoachDesk foi bloqueado (grandes demais, ou o disco estava cheio): %n. O texto não salvo delas foi apagado da tela junto com todo o resto.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>This engagement has no sponsor: bill the client.</source>
        <translation>Este processo não tem patrocinador: fature para o cliente.</translation>
    </message>
    <message>
        <source>That contact is no longer the sponsor&apos;s.</source>
        <translation>Esse contato não é mais do patrocinador.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No signed agreement for this engagement is active, so nothing about the sessions may go to the sponsor: bill the client, or make the agreement active first.</source>
        <translation>Nenhum acordo assinado está ativo para este processo, então nada sobre as sessões pode ir para o patrocinador: fature para o cliente ou ative o acordo primeiro.</translation>
    </message>
    <message>
        <source>The agreement does not let the sponsor receive %1. An invoice tells them that: bill the client, or agree it with the client and sponsor first.</source>
        <translation>O acordo não permite que o patrocinador receba %1. Uma fatura informa isso a ele: fature para o cliente ou combine isso antes com o cliente e o patrocinador.</translation>
    </message>
    <message>
        <source>The invoice&apos;s date %1 is later than today (%2): an invoice is dated the day it is issued or earlier.</source>
        <translation>A data da fatura, %1, é posterior a hoje (%2): uma fatura tem a data do dia em que é emitida ou uma anterior.</translation>
    </message>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>A alíquota de imposto fica entre 0 e 100%.</translation>
    </message>
    <message>
        <source>Name the tax (for example VAT or Sales tax).</source>
        <translation>Dê um nome ao imposto (por exemplo, ISS).</translation>
    </message>
    <message>
        <source>Bill the whole package or chosen sessions, not both.</source>
        <translation>Fature o pacote inteiro ou sessões escolhidas, não os dois.</translation>
    </message>
    <message>
        <source>Choose at least one session to bill.</source>
        <translation>Escolha pelo menos uma sessão para faturar.</translation>
    </message>
    <message>
        <source>The due date comes before the invoice&apos;s date.</source>
        <translation>O vencimento é anterior à data da fatura.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Este processo não está mais no cofre.</translation>
    </message>
    <message>
        <source>Invoice numbers follow their dates: the last invoice of %1 is dated %2, so this one cannot be dated earlier (if that date was a slip, void that invoice and issue it again).</source>
        <translation>Os números das faturas seguem suas datas: a última fatura de %1 tem data %2, então esta não pode ter data anterior (se aquela data foi um engano, anule aquela fatura e emita-a de novo).</translation>
    </message>
    <message>
        <source>A session chosen is already on another invoice, no longer held, or a missed session the agreement does not charge: choose the sessions again.</source>
        <translation>Uma sessão escolhida já está em outra fatura, não consta mais como realizada ou é uma sessão perdida que o acordo não cobra: escolha as sessões de novo.</translation>
    </message>
    <message>
        <source>This engagement is not a package: choose its sessions to bill.</source>
        <translation>Este processo não é um pacote: escolha as sessões a faturar.</translation>
    </message>
    <message>
        <source>This package, or some of its sessions, is already on an invoice: void that invoice first to bill the package whole.</source>
        <translation>Este pacote, ou algumas de suas sessões, já está em uma fatura: anule essa fatura primeiro para faturar o pacote inteiro.</translation>
    </message>
    <message>
        <source>Invoice %1 was voided: it cannot be paid.</source>
        <translation>A fatura %1 foi anulada: ela não pode ser paga.</translation>
    </message>
    <message>
        <source>The payment date comes before the invoice&apos;s.</source>
        <translation>A data do pagamento é anterior à da fatura.</translation>
    </message>
    <message>
        <source>Invoice %1 is already voided.</source>
        <translation>A fatura %1 já está anulada.</translation>
    </message>
    <message>
        <source>Invoice %1 is marked paid: mark it unpaid first if the payment was returned.</source>
        <translation>A fatura %1 está marcada como paga: marque-a primeiro como não paga se o pagamento foi devolvido.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the vault.</source>
        <translation>Esta fatura não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Change the words</source>
        <translation>Alterar as palavras</translation>
    </message>
    <message>
        <source>Approve these words</source>
        <translation>Aprovar estas palavras</translation>
    </message>
    <message>
        <source>Change them together</source>
        <translation>Alterar juntos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Strike it out</source>
        <translation>Riscar</translation>
    </message>
    <message>
        <source>Keep the new words</source>
        <translation>Manter as novas palavras</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancelar a alteração</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>Trecho %1: %2</translation>
    </message>
    <message>
        <source>You approved these words.</source>
        <translation>Você aprovou estas palavras.</translation>
    </message>
    <message>
        <source>Struck out: this will not be sent.</source>
        <translation>Riscado: isto não será enviado.</translation>
    </message>
    <message>
        <source>These words changed since you approved them: please read them again.</source>
        <translation>Estas palavras mudaram desde que você as aprovou: por favor, leia-as de novo.</translation>
    </message>
    <message>
        <source>The report around these words changed since you approved them: please read them again.</source>
        <translation>O relatório em torno destas palavras mudou desde que você as aprovou: por favor, leia-as de novo.</translation>
    </message>
    <message>
        <source>Your earlier approval no longer counts.</source>
        <translation>Sua aprovação anterior não vale mais.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Ainda não aprovado.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join your practice</source>
        <translation>Trazer seus registros de outro computador</translation>
    </message>
    <message>
        <source>Your practice comes to this computer from the folder your sync service keeps in step with the other one.</source>
        <translation>Seus registros chegam a este computador pela pasta que seu serviço de sincronização mantém em dia com o outro.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Trazer</translation>
    </message>
    <message>
        <source>Choose the synced &amp;folder…</source>
        <translation>Escolher a &amp;pasta sincronizada…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Nenhuma pasta escolhida ainda.</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de pareamento</translation>
    </message>
    <message>
        <source>The &amp;pairing code</source>
        <translation>O &amp;código de pareamento</translation>
    </message>
    <message>
        <source>The other computer shows it in Settings, under &quot;Use this practice on another computer&quot;: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation type="vanished">O outro computador o mostra em Configurações, em “Usar estes registros em outro computador”: 13 grupos de 5 caracteres. Hifens, espaços e maiúsculas/minúsculas não importam.</translation>
    </message>
    <message>
        <source>Not this computer&apos;s recovery code: the pairing code is a different code, shown on the other computer in Settings, under &quot;Use this practice on another computer&quot;. 13 groups of 5 characters; dashes, spaces and case do not matter.</source>
        <translation>Não é o código de recuperação deste computador: o código de pareamento é outro código, mostrado no outro computador em Configurações, em “Usar em outro computador”. 13 grupos de 5 caracteres; hifens, espaços e maiúsculas/minúsculas não importam.</translation>
    </message>
    <message>
        <source>Your synced folder</source>
        <translation>Sua pasta sincronizada</translation>
    </message>
    <message>
        <source>Choose the folder your sync service keeps in step</source>
        <translation>Escolha a pasta que seu serviço de sincronização mantém em dia</translation>
    </message>
    <message>
        <source>Checking the folder and the code…</source>
        <translation>Verificando a pasta e o código…</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s vault…</source>
        <translation>Criando o cofre deste computador…</translation>
    </message>
    <message>
        <source>Reading the changes in the synced folder…</source>
        <translation>Lendo as alterações da pasta sincronizada…</translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %2 change(s) applied…</source>
        <translation>
            <numerusform>Montando seus registros aqui: %1 de %2 alteração aplicada…</numerusform>
            <numerusform>Montando seus registros aqui: %1 de %2 alterações aplicadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %n batch(es) of changes applied…</source>
        <translation type="vanished">
            <numerusform>Montando seus registros aqui: %1 de %n lote de alterações aplicado…</numerusform>
            <numerusform>Montando seus registros aqui: %1 de %n lotes de alterações aplicados…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>Your practice is on this computer: %1 and %2.</source>
        <translation>Seus registros estão neste computador: %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes are still on their way: the rest follows when your sync service delivers them.</source>
        <translation>Algumas alterações ainda estão a caminho: o restante chega quando seu serviço de sincronização as entregar.</translation>
    </message>
    <message>
        <source>Disclosures made on this computer are numbered with the letter %1 (D-%1000001).</source>
        <translation>As divulgações feitas neste computador são numeradas com a letra %1 (D-%1000001).</translation>
    </message>
    <message>
        <source>CoachDesk could not join the practice (%1). Your folder and code are kept: try again.</source>
        <translation>O CoachDesk não conseguiu trazer seus registros (%1). Sua pasta e seu código foram mantidos: tente de novo.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation>o chaveiro da área de trabalho (Secret Service)</translation>
    </message>
    <message>
        <source>the desktop keyring (libsecret)</source>
        <translation>o chaveiro da área de trabalho (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>as Chaves do macOS</translation>
    </message>
    <message>
        <source>This computer has no system keyring that CoachDesk can use to keep the vault&apos;s key safe.</source>
        <translation>Este computador não tem um chaveiro do sistema que o CoachDesk possa usar para guardar a chave do cofre com segurança.</translation>
    </message>
    <message>
        <source>The keyring on this computer would keep the vault&apos;s key in a plain file, which is not safe enough for client records.</source>
        <translation>O chaveiro deste computador guardaria a chave do cofre em um arquivo sem criptografia, o que não é seguro o bastante para registros de clientes.</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>o chaveiro do sistema (%1)</translation>
    </message>
    <message>
        <source>The vault&apos;s key will be kept in %1.</source>
        <translation>A chave do cofre será guardada em %1.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>O chaveiro do sistema está bloqueado.</translation>
    </message>
    <message>
        <source>This computer has no system keyring.</source>
        <translation>Este computador não tem chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1).</source>
        <translation>O chaveiro do sistema não respondeu (%1).</translation>
    </message>
    <message>
        <source>The system keyring failed (%1).</source>
        <translation>O chaveiro do sistema falhou (%1).</translation>
    </message>
    <message>
        <source>the keyring that kept it</source>
        <translation>o chaveiro que a guardava</translation>
    </message>
    <message>
        <source>This vault&apos;s key was kept in %1, which does not answer now.</source>
        <translation>A chave deste cofre estava guardada em %1, que não responde agora.</translation>
    </message>
    <message>
        <source>The keyring named for this vault is not a safe one.</source>
        <translation>O chaveiro indicado para este cofre não é seguro.</translation>
    </message>
</context>
<context>
    <name>LegalExportDialog</name>
    <message>
        <source>Legal export of a whole record</source>
        <translation>Exportação legal de um registro completo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>This releases %1&apos;s whole record, private notes included. Use it only for a court order or subpoena, another legal obligation, or the client&apos;s own request for their record. It is logged as a disclosure. A sponsor never receives this: a sponsor receives only a report the client approved.</source>
        <translation>Isto libera o registro completo de %1, incluindo as anotações privadas. Use somente para uma ordem judicial ou intimação, outra obrigação legal, ou a pedido do próprio cliente pelo seu registro. Fica registrado como uma divulgação. Um patrocinador nunca recebe isto: um patrocinador recebe apenas um relatório que o cliente aprovou.</translation>
    </message>
    <message>
        <source>e.g. District Court of Utrecht, or the client</source>
        <translation>ex.: Tribunal de Justiça de São Paulo, ou o cliente</translation>
    </message>
    <message>
        <source>e.g. Court order C/16/123 of 2026-06-01</source>
        <translation>ex.: Ordem judicial C/16/123 de 2026-06-01</translation>
    </message>
    <message>
        <source>The client asked for their own record</source>
        <translation>O cliente pediu o próprio registro</translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation>&amp;Solicitado por</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base legal</translation>
    </message>
</context>
<context>
    <name>LegalExports</name>
    <message>
        <source>Say on what basis the record is released (for example: court order no. 123 of 2026-05-01).</source>
        <translation>Informe com que base o registro é entregue (por exemplo: ordem judicial nº 123 de 2026-05-01).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo practice: every client here is invented. Your own vault is separate and untouched.</source>
        <translation>Registros de demonstração: todos os clientes aqui são fictícios. Seu próprio cofre é separado e não foi tocado.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Feche as anotações antes</translation>
    </message>
    <message>
        <source>Close the open notes before showing the report to the client: they are separate windows and would stay on screen.</source>
        <translation>Feche as anotações abertas antes de mostrar o relatório ao cliente: elas são janelas separadas e ficariam na tela.</translation>
    </message>
    <message>
        <source>Opening the demo practice…</source>
        <translation>Abrindo os registros de demonstração…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Bloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Sair</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Novo acordo</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Criar a partir do modelo</translation>
    </message>
    <message>
        <source>Your name, as it should appear</source>
        <translation>Seu nome, como deve aparecer</translation>
    </message>
    <message>
        <source>The agreement is written in this language and keeps it once made.</source>
        <translation>O acordo é redigido neste idioma e o mantém depois de criado.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Processo</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Seu nome</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A three-party agreement when the engagement has a sponsor, a coach-client agreement otherwise.</source>
        <translation>Um acordo tripartite quando o processo tem patrocinador; caso contrário, um acordo entre coach e cliente.</translation>
    </message>
    <message>
        <source>Add an engagement on a client&apos;s page first: an agreement belongs to an engagement.</source>
        <translation>Adicione primeiro um processo na página de um cliente: um acordo pertence a um processo.</translation>
    </message>
</context>
<context>
    <name>NewCodeBox</name>
    <message>
        <source>&amp;New pairing code…</source>
        <translation>&amp;Novo código de pareamento…</translation>
    </message>
    <message>
        <source>This computer needs the practice&apos;s new pairing code. Another computer of the practice replaced the code, so what it writes cannot be read here until you type the new one, shown in Settings on that computer. Nothing made on this computer is lost: it goes out again once the new code is in.</source>
        <translation>Este computador precisa do novo código de pareamento. Outro computador substituiu o código, então o que ele grava não pode ser lido aqui até você digitar o novo, mostrado nas Configurações daquele computador. Nada do que foi feito neste computador se perde: tudo é enviado de novo assim que o novo código for digitado.</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Novo código de pareamento</translation>
    </message>
    <message>
        <source>&amp;Use this code</source>
        <translation>&amp;Usar este código</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: the current code then opens nothing written after it (what was written before, it still opens) and adds nothing. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation>Criar um novo código de pareamento?

Faça isso quando um computador foi vendido ou perdido, ou quando alguém pode ter visto o código: o código atual deixa de abrir o que for escrito depois (o que foi escrito antes, ele continua abrindo) e não acrescenta mais nada. Este computador passa a usar o novo código na hora.

Depois, em cada um dos outros computadores, abra as Configurações e digite o novo código onde ele for pedido. Até lá, aquele computador e este não se sincronizam; nada do que for feito em qualquer um deles se perde.</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: whoever has the current code can then no longer read or add to the practice&apos;s change files. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation type="vanished">Criar um novo código de pareamento?

Faça isso quando um computador foi vendido ou perdido, ou quando alguém pode ter visto o código: quem tiver o código atual não poderá mais ler nem acrescentar arquivos de alterações aos seus registros. Este computador passa a usar o novo código na hora.

Depois, em cada um dos outros computadores, abra as Configurações e digite o novo código onde ele for pedido. Até lá, aquele computador e este não se sincronizam; nada do que for feito em qualquer um deles se perde.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Criar um novo código</translation>
    </message>
    <message>
        <source>The new pairing code is in use. Type it on each other computer of this practice, in Settings.</source>
        <translation>O novo código de pareamento está em uso. Digite-o em cada um dos outros computadores, nas Configurações.</translation>
    </message>
    <message>
        <source>This computer uses the new pairing code and syncs again.</source>
        <translation>Este computador usa o novo código de pareamento e voltou a sincronizar.</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Seu novo código de recuperação</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Anote-o em papel agora. Ele é mostrado só esta vez.</translation>
    </message>
    <message>
        <source>I have written down my new recovery code and will keep it somewhere safe</source>
        <translation>Anotei meu novo código de recuperação e vou guardá-lo em um lugar seguro</translation>
    </message>
    <message>
        <source> Your backups were re-encrypted too: this code opens them.</source>
        <translation> Seus backups também foram criptografados de novo: este código os abre.</translation>
    </message>
    <message>
        <source> Some backups could not be re-encrypted: they still open with the code you typed, so keep that one until they have rotated away.</source>
        <translation> Alguns backups não puderam ser criptografados de novo: eles ainda abrem com o código que você digitou, então guarde-o até que saiam da rotação.</translation>
    </message>
    <message>
        <source>Your practice now opens with your new passphrase, and with this code if you forget it. The code you typed a moment ago no longer opens it.</source>
        <translation>Seus registros agora abrem com sua nova frase secreta, e com este código se você a esquecer. O código que você digitou há pouco não os abre mais.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente não está mais no cofre.</translation>
    </message>
    <message>
        <source>Choose who may see this note.</source>
        <translation>Escolha quem pode ver esta anotação.</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Esta anotação não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>OneLineEdit</name>
    <message>
        <source>The %n pasted lines were joined into one: this field holds a single line.</source>
        <translation>As linhas coladas (%n) foram unidas em uma só: este campo aceita uma única linha.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciais</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase secreta</translation>
    </message>
    <message>
        <source>You will type it each time CoachDesk starts.</source>
        <translation>Você vai digitá-la sempre que o CoachDesk iniciar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repita</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. If you forget it, your recovery code still opens the vault.</source>
        <translation>Use pelo menos %1 caracteres; algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar. Se você esquecê-la, o seu código de recuperação ainda abre o cofre.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>A frase secreta precisa de pelo menos %n caractere.</numerusform>
            <numerusform>A frase secreta precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>As duas frases secretas não são iguais.</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Plan a session</source>
        <translation>Agendar uma sessão</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sessão</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · desde %2</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>On-line, escritório do cliente, …</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Processo</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duração</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>&amp;Honorários</translation>
    </message>
    <message>
        <source>From the engagement: %1</source>
        <translation>Do processo: %1</translation>
    </message>
    <message>
        <source>Say first what this engagement&apos;s fee is for (per session or for the whole engagement): edit the engagement.</source>
        <translation>Diga primeiro a que se referem os honorários deste processo (por sessão ou pelo processo inteiro): edite o processo.</translation>
    </message>
    <message>
        <source>Add an engagement first (New engagement): a session belongs to one.</source>
        <translation>Adicione primeiro um processo (Novo processo): uma sessão pertence a um.</translation>
    </message>
    <message>
        <source>%1 has no %2: the date became %3.</source>
        <translation>%1 não tem %2: a data passou a ser %3.</translation>
    </message>
    <message>
        <source>day %1 in %2</source>
        <translation>o dia %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>This is in the past (%n years ago).</source>
        <translation>
            <numerusform>Isto está no passado (há %n ano).</numerusform>
            <numerusform>Isto está no passado (há %n anos).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is in the past (over a year ago).</source>
        <translation>Isto está no passado (há mais de um ano).</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>Isto está no passado.</translation>
    </message>
    <message>
        <source>This is more than a year ahead (%1).</source>
        <translation>Isto está a mais de um ano no futuro (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s sessions are all used or booked (sessions in it: %n): this one is beyond it.</source>
        <translation>
            <numerusform>As sessões do pacote já foram todas usadas ou agendadas (sessões nele: %n): esta fica além dele.</numerusform>
            <numerusform>As sessões do pacote já foram todas usadas ou agendadas (sessões nele: %n): esta fica além dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is after the package&apos;s last day, %1.</source>
        <translation>Isto é depois do último dia do pacote, %1.</translation>
    </message>
    <message>
        <source>The engagement runs from %1 to %2; this is outside it.</source>
        <translation>O processo vai de %1 a %2; isto fica fora dele.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sem data de término</translation>
    </message>
    <message numerus="yes">
        <source>Package: %1 (booked: %n).</source>
        <translation>
            <numerusform>Pacote: %1 (agendada: %n).</numerusform>
            <numerusform>Pacote: %1 (agendadas: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the last session of the package.</source>
        <translation>Esta é a última sessão do pacote.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>O último dia é %1 (dia restante: %n).</numerusform>
            <numerusform>O último dia é %1 (dias restantes: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this session?</source>
        <translation>Agendar esta sessão?</translation>
    </message>
    <message>
        <source>Plan it on %1 anyway?</source>
        <translation>Agendar para %1 mesmo assim?</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Alterar a data</translation>
    </message>
</context>
<context>
    <name>PrintedFrame</name>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Name the cloud service the backup folder is synced to (for example: Nextcloud at my host).</source>
        <translation>Informe o serviço de nuvem com que a pasta de backups é sincronizada (por exemplo: Nextcloud no meu provedor).</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Group %1 (%2) has a character that is never in a recovery code: %3.</source>
        <translation>O grupo %1 (%2) tem um caractere que nunca aparece em um código de recuperação: %3.</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against your written copy.</source>
        <translation>O grupo %1 (%2) parece digitado errado. Confira com sua cópia escrita.</translation>
    </message>
    <message>
        <source>A recovery code has %1 groups of %2 characters (%3 in all); this one has %4.</source>
        <translation>Um código de recuperação tem %1 grupos de %2 caracteres (%3 no total); este tem %4.</translation>
    </message>
    <message>
        <source>This is not a CoachDesk recovery code.</source>
        <translation>Este não é um código de recuperação do CoachDesk.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>I have written down this recovery code and will keep it somewhere safe, away from the laptop</source>
        <translation>Anotei este código de recuperação e vou guardá-lo em um lugar seguro, longe do notebook</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeField</name>
    <message>
        <source>XXXXX-XXXXX-XXXXX-…</source>
        <translation>XXXXX-XXXXX-XXXXX-…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against the pairing code shown on the other computer.</source>
        <translation>O grupo %1 (%2) parece digitado errado. Confira com o código de pareamento mostrado no outro computador.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report details</source>
        <translation>Dados do relatório</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Novo relatório</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>e.g. Mid-point progress report for the sponsor</source>
        <translation>ex.: Relatório de progresso na metade do processo para o patrocinador</translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation>O período termina em</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Processo</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation>&amp;Enviar para</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalidade</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Perí&amp;odo</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>O que o acordo permite ao patrocinador receber</translation>
    </message>
    <message>
        <source>Facts about the sessions to include (never any note&apos;s words):</source>
        <translation>Dados das sessões a incluir (nunca o texto de uma anotação):</translation>
    </message>
    <message>
        <source>No engagement has a sponsor yet. A report goes to a sponsor: add the sponsor to the client&apos;s engagement first.</source>
        <translation>Nenhum processo tem patrocinador ainda. Um relatório vai para um patrocinador: adicione antes o patrocinador ao processo do cliente.</translation>
    </message>
    <message>
        <source>%1 (the organisation)</source>
        <translation>%1 (a organização)</translation>
    </message>
    <message>
        <source>There is no active agreement with this sponsor, so nothing can be sent yet (ICF Code 25). You can still prepare the report with the client.</source>
        <translation>Não há acordo ativo com este patrocinador, então nada pode ser enviado ainda (Código de Ética da ICF, item 25). Você ainda pode preparar o relatório com o cliente.</translation>
    </message>
    <message>
        <source>Nobody has confirmed what this agreement lets the sponsor receive, so nothing can be sent yet. Choose it on the agreement&apos;s page (every party then signs again).</source>
        <translation>Ninguém confirmou o que este acordo permite que o patrocinador receba, então nada pode ser enviado ainda. Escolha isso na página do acordo (depois todas as partes assinam de novo).</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms do not let the sponsor receive this.</source>
        <translation>Os termos do acordo não permitem que o patrocinador receba isto.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching: no attendance, no session dates, no hours of coaching and none of the client&apos;s words.</source>
        <translation>O patrocinador não recebe nada do coaching: nem presença, nem datas das sessões, nem horas de coaching, nem nenhuma palavra do cliente.</translation>
    </message>
    <message>
        <source>The sponsor may receive only: %1. Nothing else about the coaching reaches the sponsor.</source>
        <translation>O patrocinador só pode receber: %1. Nada mais do coaching chega ao patrocinador.</translation>
    </message>
    <message>
        <source>Choose the engagement this report is about.</source>
        <translation>Escolha o processo a que este relatório se refere.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report cannot be exported yet:</source>
        <translation>Este relatório ainda não pode ser exportado:</translation>
    </message>
    <message>
        <source>This engagement has no sponsor: there is nobody to report to. The client&apos;s own records are theirs to see.</source>
        <translation>Este processo não tem patrocinador: não há a quem relatar. O próprio cliente pode ver os registros dele.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>O período não pode terminar antes de começar.</translation>
    </message>
    <message>
        <source>The recipient must be this engagement&apos;s sponsor or one of its contacts.</source>
        <translation>O destinatário deve ser o patrocinador deste processo ou um de seus contatos.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Este relatório não está mais no cofre.</translation>
    </message>
    <message>
        <source>This item is no longer in the report.</source>
        <translation>Este item não está mais no relatório.</translation>
    </message>
    <message>
        <source>The report changed after it was shown (its recipient, purpose, period or session facts): show it again and ask the client to approve what is shown now.</source>
        <translation>O relatório mudou depois de ser mostrado (destinatário, finalidade, período ou dados das sessões): mostre-o de novo e peça ao cliente que aprove o que é mostrado agora.</translation>
    </message>
    <message>
        <source>Item %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Item %1: mudou depois que o termo de autorização foi impresso, então o termo assinado contém outras palavras. Imprima primeiro um termo de autorização para estas palavras.</translation>
    </message>
    <message>
        <source>Items %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Itens %1: mudaram depois que o termo de autorização foi impresso, então o termo assinado contém outras palavras. Imprima primeiro um termo de autorização para estas palavras.</translation>
    </message>
    <message>
        <source>Item %1: never printed on a release form, so no signed form holds its words. Print a release form for these words first.</source>
        <translation>Item %1: nunca foi impresso em um termo de autorização, então nenhum termo assinado contém suas palavras. Imprima primeiro um termo de autorização para estas palavras.</translation>
    </message>
    <message>
        <source>Items %1: never printed on a release form, so no signed form holds their words. Print a release form for these words first.</source>
        <translation>Itens %1: nunca foram impressos em um termo de autorização, então nenhum termo assinado contém suas palavras. Imprima primeiro um termo de autorização para estas palavras.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts changed after the release form was printed, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>O destinatário, a finalidade, o período ou os dados das sessões do relatório mudaram depois que o termo de autorização foi impresso, então o termo assinado não mostra o relatório como ele será enviado. Imprima primeiro um novo termo de autorização.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts were never printed on a release form, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>O destinatário, a finalidade, o período ou os dados das sessões do relatório nunca foram impressos em um termo de autorização, então o termo assinado não mostra o relatório como ele será enviado. Imprima primeiro um novo termo de autorização.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Divulgações</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Solicitações do patrocinador</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Novo relatório</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>O relatório como será enviado</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Dados…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Escrever…</translation>
    </message>
    <message>
        <source>&amp;Lift from a note…</source>
        <translation>&amp;Tirar de uma anotação…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Mover o item para cima</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Para cima</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Mover o item para baixo</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Para baixo</translation>
    </message>
    <message>
        <source>S&amp;trike</source>
        <translation>&amp;Riscar</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>Revisão com o &amp;cliente</translation>
    </message>
    <message>
        <source>Show only this report, large, for the client to approve on screen</source>
        <translation>Mostrar só este relatório, em tamanho grande, para o cliente aprovar na tela</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>Termo de a&amp;utorização…</translation>
    </message>
    <message>
        <source>A PDF for the client to sign, listing the exact words</source>
        <translation>Um PDF para o cliente assinar, com as palavras exatas</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Registrar a&amp;provação…</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>Co&amp;mprovante…</translation>
    </message>
    <message>
        <source>A consent receipt for the client</source>
        <translation>Um comprovante de consentimento para o cliente</translation>
    </message>
    <message>
        <source>Withdra&amp;wn…</source>
        <translation>Revo&amp;gada…</translation>
    </message>
    <message>
        <source>The client withdrew approval of the chosen item</source>
        <translation>O cliente revogou a aprovação do item escolhido</translation>
    </message>
    <message>
        <source>Whole report withdrawn…</source>
        <translation>Relatório inteiro revogado…</translation>
    </message>
    <message>
        <source>The client withdrew every approval in this report, and of the report itself</source>
        <translation>O cliente revogou todas as aprovações deste relatório, e a do próprio relatório</translation>
    </message>
    <message>
        <source>What would leave</source>
        <translation>O que sairia</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Items, in the order the sponsor reads them</source>
        <translation>Itens, na ordem em que o patrocinador os lê</translation>
    </message>
    <message>
        <source>Approval on &amp;paper or by email</source>
        <translation>Aprovação em pape&amp;l ou por e-mail</translation>
    </message>
    <message>
        <source>What the sponsor would receive</source>
        <translation>O que o patrocinador receberia</translation>
    </message>
    <message>
        <source>Start a report…</source>
        <translation>Iniciar um relatório…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n relatório</numerusform>
            <numerusform>%n relatórios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n divulgação</numerusform>
            <numerusform>%n divulgações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitação</numerusform>
            <numerusform>%n solicitações</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 only</source>
        <translation>Mostrando só %1</translation>
    </message>
    <message>
        <source>No reports yet. A report gathers what the client approves, word for word, for their sponsor, with the session facts the agreement allows.</source>
        <translation>Nenhum relatório ainda. Um relatório reúne o que o cliente aprova, palavra por palavra, para o patrocinador dele, com os dados das sessões que o acordo permite.</translation>
    </message>
    <message>
        <source>None shown here: there are no reports about this client or sponsor yet. “Show all” lists every report.</source>
        <translation>Nenhum mostrado aqui: ainda não há relatórios sobre este cliente ou patrocinador. “Mostrar todos” lista todos os relatórios.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Relatório para %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report code %1: its frame (who receives it, the purpose, the period, the facts) is approved by the client as it will be sent; each passage below has its own approval.</source>
        <translation>Código do relatório %1: o enquadramento dele (quem o recebe, a finalidade, o período, os dados) está aprovado pelo cliente como será enviado; cada trecho abaixo tem sua própria aprovação.</translation>
    </message>
    <message>
        <source>Report code %1: its frame is not approved as it will be sent: %2.</source>
        <translation>Código do relatório %1: o enquadramento dele não está aprovado como será enviado: %2.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remover item</translation>
    </message>
    <message>
        <source>Take item %1 out of this report? Its words and any approval stay on record.</source>
        <translation>Tirar o item %1 deste relatório? As palavras dele e qualquer aprovação continuam registradas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Choose an approved item first.</source>
        <translation>Escolha antes um item aprovado.</translation>
    </message>
    <message>
        <source>Record that the client withdrew approval of item %1? It will not be sent unless they approve again.</source>
        <translation>Registrar que o cliente revogou a aprovação do item %1? Ele não será enviado, a menos que o cliente aprove de novo.</translation>
    </message>
    <message>
        <source>withdrawn by the client</source>
        <translation>revogado pelo cliente</translation>
    </message>
    <message>
        <source>The client has no approval standing in this report.</source>
        <translation>O cliente não tem nenhuma aprovação válida neste relatório.</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Aprovação revogada</translation>
    </message>
    <message>
        <source>Record that the client withdrew every approval in this report? Nothing in it will be sent unless they approve again.</source>
        <translation>Registrar que o cliente revogou todas as aprovações deste relatório? Nada nele será enviado, a menos que ele aprove de novo.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar revogação</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Recorded: the client withdrew the report.</source>
        <translation>Registrado: o cliente revogou o relatório.</translation>
    </message>
    <message>
        <source>Every item is approved or struck: there is nothing to ask permission for.</source>
        <translation>Todos os itens estão aprovados ou riscados: não há nada para pedir autorização.</translation>
    </message>
    <message>
        <source>Saved to %1. When it comes back signed, record the approval and attach the scan.</source>
        <translation>Salvo em %1. Quando voltar assinado, registre a aprovação e anexe a digitalização.</translation>
    </message>
    <message>
        <source>Save the release form</source>
        <translation>Salvar o termo de autorização</translation>
    </message>
    <message>
        <source>release-form-%1-%2.pdf</source>
        <translation>termo-autorizacao-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The client has approved nothing in this report yet.</source>
        <translation>O cliente ainda não aprovou nada neste relatório.</translation>
    </message>
    <message>
        <source>Save the consent receipt</source>
        <translation>Salvar o comprovante de consentimento</translation>
    </message>
    <message>
        <source>consent-receipt-%1-%2.pdf</source>
        <translation>comprovante-consentimento-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Receipt %1 saved to %2.</source>
        <translation>Comprovante %1 salvo em %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n thing(s) still stop this report, listed under “What the sponsor would receive”.</source>
        <translation>
            <numerusform>Não exportado: %n pendência ainda impede este relatório, listada em “O que o patrocinador receberia”.</numerusform>
            <numerusform>Não exportado: %n pendências ainda impedem este relatório, listadas em “O que o patrocinador receberia”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1. Disclosure %2 is recorded.</source>
        <translation>Salvo em %1. A divulgação %2 está registrada.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>relatorio-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Exportando o relatório…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Log a sponsor&apos;s request</source>
        <translation>Registrar uma solicitação do patrocinador</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>O que pediram, nas palavras deles</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>O que foi pedido</translation>
    </message>
    <message>
        <source>They asked for the full record (notes, or what was said)</source>
        <translation>Pediram o registro completo (anotações, ou o que foi dito)</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Patrocinador</translation>
    </message>
    <message>
        <source>&amp;Who asked</source>
        <translation>&amp;Quem pediu</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;O quê</translation>
    </message>
    <message>
        <source>Someone not listed</source>
        <translation>Alguém fora da lista</translation>
    </message>
    <message>
        <source>No one engagement</source>
        <translation>Nenhum processo específico</translation>
    </message>
    <message>
        <source>Add the sponsor first.</source>
        <translation>Adicione o patrocinador antes.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>does not open with this recovery code</source>
        <translation>não abre com este código de recuperação</translation>
    </message>
    <message>
        <source>damaged: it fails its check</source>
        <translation>danificado: não passa na verificação</translation>
    </message>
    <message>
        <source>made by a newer version of CoachDesk</source>
        <translation>feito por uma versão mais nova do CoachDesk</translation>
    </message>
    <message>
        <source>holds no CoachDesk records</source>
        <translation>não contém registros do CoachDesk</translation>
    </message>
    <message>
        <source>not a whole backup (still syncing?)</source>
        <translation>não é um backup completo (ainda sincronizando?)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <source>%1 Nothing was restored, and nothing was changed.</source>
        <translation>%1 Nada foi restaurado e nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup made %1 does not open with your vault&apos;s current key: it was made before the key was changed, or by another computer&apos;s vault. Type the recovery code that was in use when it was made.</source>
        <translation>O backup feito em %1 não abre com a chave atual do seu cofre: foi feito antes da troca da chave, ou pelo cofre de outro computador. Digite o código de recuperação que estava em uso quando ele foi feito.</translation>
    </message>
    <message>
        <source>the backup made %1 (%2): %3</source>
        <translation>o backup feito em %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not there now. If it is on an external or network drive, connect it and choose it again.</source>
        <translation>%1 não está disponível agora. Se estiver em uma unidade externa ou de rede, conecte-a e escolha de novo.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2).</source>
        <translation>A pasta %1 não pode ser lida (%2).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk backups. Backups are files named like coachdesk-20260314-091200.coachdesk-backup: choose the folder that holds them, or one of them.</source>
        <translation>A pasta %1 não contém backups do CoachDesk. Os backups são arquivos com nomes como coachdesk-20260314-091200.coachdesk-backup: escolha a pasta que os contém, ou um deles.</translation>
    </message>
    <message>
        <source>%1 It does hold a vault file (%2): to restore from that copy, choose the file itself.</source>
        <translation>%1 Ela contém um arquivo de cofre (%2): para restaurar a partir dessa cópia, escolha o próprio arquivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 não pode ser lido (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no backup.</source>
        <translation>%1 está vazio: não contém nenhum backup.</translation>
    </message>
    <message>
        <source>%1 is an ordinary, unencrypted database, not a CoachDesk backup.</source>
        <translation>%1 é um banco de dados comum, sem criptografia, e não um backup do CoachDesk.</translation>
    </message>
    <message>
        <source>%1 is not a CoachDesk backup, or only part of one (its size is not a whole number of vault pages). If a sync service is still bringing it to this computer, wait until it has finished and choose it again.</source>
        <translation>%1 não é um backup do CoachDesk, ou é só parte de um (o tamanho não é um número inteiro de páginas do cofre). Se um serviço de sincronização ainda o estiver trazendo para este computador, espere terminar e escolha de novo.</translation>
    </message>
    <message>
        <source>Your recovery code does not open the backup %1. Check the code against your written copy: after a key change, the old code opens only the backups made before the change, and the new one only those made after it.</source>
        <translation>Seu código de recuperação não abre o backup %1. Confira o código com a sua cópia escrita: após uma troca de chave, o código antigo abre só os backups feitos antes da troca, e o novo só os feitos depois.</translation>
    </message>
    <message>
        <source>The backup %1 does not open with your vault&apos;s key.</source>
        <translation>O backup %1 não abre com a chave do seu cofre.</translation>
    </message>
    <message>
        <source>The backup %1 (made %2) is damaged: it fails its check, so it cannot be restored. Choose the backup folder instead: CoachDesk then restores the newest backup that checks out.</source>
        <translation>O backup %1 (feito em %2) está danificado: não passa na verificação, então não pode ser restaurado. Escolha a pasta de backup: o CoachDesk restaura então o backup íntegro mais recente.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CoachDesk. Install that version or a newer one, then restore it.</source>
        <translation>O backup %1 foi feito por uma versão mais nova do CoachDesk. Instale essa versão ou uma mais nova e depois restaure-o.</translation>
    </message>
    <message>
        <source>%1 opens with this key, but holds no CoachDesk records.</source>
        <translation>%1 abre com esta chave, mas não contém registros do CoachDesk.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 não pode ser lido.</translation>
    </message>
    <message>
        <source>None of the backups in %1 opens with this recovery code. Check the code against your written copy: after a key change, the old code opens only the backups made before the change.</source>
        <translation>Nenhum dos backups em %1 abre com este código de recuperação. Confira o código com a sua cópia escrita: após uma troca de chave, o código antigo abre só os backups feitos antes da troca.</translation>
    </message>
    <message>
        <source>No backup in %1 can be restored. Each one was checked:</source>
        <translation>Nenhum backup em %1 pode ser restaurado. Cada um foi verificado:</translation>
    </message>
    <message>
        <source>Your vault was locked before the backup was checked. Unlock it and choose the backup again.</source>
        <translation>Seu cofre foi bloqueado antes que o backup fosse verificado. Desbloqueie-o e escolha o backup de novo.</translation>
    </message>
    <message>
        <source>%1 is your vault itself, not a backup of it.</source>
        <translation>%1 é o seu próprio cofre, não um backup dele.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose one backup in it.</source>
        <translation>%1 é uma pasta: escolha um backup dentro dela.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1).</source>
        <translation>Não foi possível colocar o backup no lugar (%1).</translation>
    </message>
    <message>
        <source>No backup in the backup folder %1 opens with this key and checks out.</source>
        <translation>Nenhum backup na pasta de backup %1 abre com esta chave e está íntegro.</translation>
    </message>
    <message>
        <source>A vault is already in %1. To replace it with a backup, open it and use Settings → Restore from a backup.</source>
        <translation>Já existe um cofre em %1. Para substituí-lo por um backup, abra-o e use Configurações → Restaurar de um backup.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1 (%2).</source>
        <translation>Não foi possível copiar o backup para %1 (%2).</translation>
    </message>
    <message>
        <source>The copy of the backup made %1 was damaged on its way to this computer&apos;s disk. Check the disk, then try again.</source>
        <translation>A cópia do backup feito em %1 foi danificada no caminho até o disco deste computador. Verifique o disco e tente de novo.</translation>
    </message>
</context>
<context>
    <name>RestoreCodeDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperação</translation>
    </message>
    <message>
        <source>13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>13 grupos de 5 caracteres. Hifens, espaços e maiúsculas/minúsculas não importam.</translation>
    </message>
    <message>
        <source>Check the &amp;backup</source>
        <translation>Verificar o &amp;backup</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your practice from a backup</source>
        <translation>Restaurar seus registros de um backup</translation>
    </message>
    <message>
        <source>Your backups and the recovery code you wrote down bring your practice back onto this computer.</source>
        <translation>Seus backups e o código de recuperação que você anotou trazem seus registros de volta para este computador.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Choose the backup &amp;folder…</source>
        <translation>Escolher a &amp;pasta de backup…</translation>
    </message>
    <message>
        <source>Choose one backup f&amp;ile…</source>
        <translation>Escolher um arqu&amp;ivo de backup…</translation>
    </message>
    <message>
        <source>Connect the drive that holds your backups, or let your synced folder finish syncing, then choose the folder: CoachDesk restores the newest backup in it that checks out.</source>
        <translation>Conecte a unidade que guarda seus backups, ou deixe sua pasta sincronizada terminar a sincronização, e depois escolha a pasta: o CoachDesk restaura o backup íntegro mais recente que houver nela.</translation>
    </message>
    <message>
        <source>Your &amp;recovery code</source>
        <translation>Seu &amp;código de recuperação</translation>
    </message>
    <message>
        <source>The code you wrote down when you created your vault: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>O código que você anotou ao criar seu cofre: 13 grupos de 5 caracteres. Hifens, espaços e maiúsculas/minúsculas não importam.</translation>
    </message>
    <message>
        <source>Your backup</source>
        <translation>Seu backup</translation>
    </message>
    <message>
        <source>Choose the folder that holds your backups</source>
        <translation>Escolha a pasta que guarda seus backups</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Escolha um backup</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>Backups do CoachDesk (*%1);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>CoachDesk backups in this folder: %n. The newest was made %1; the newest one that checks out is restored.</source>
        <translation>
            <numerusform>Backups do CoachDesk nesta pasta: %n. O mais recente foi feito em %1; o mais recente que estiver íntegro é restaurado.</numerusform>
            <numerusform>Backups do CoachDesk nesta pasta: %n. O mais recente foi feito em %1; o mais recente que estiver íntegro é restaurado.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup made %1.</source>
        <translation>Um backup feito em %1.</translation>
    </message>
    <message>
        <source>Not named as a CoachDesk backup; last changed %1. It is restored if your recovery code opens it.</source>
        <translation>Sem nome de backup do CoachDesk; última alteração em %1. Ele é restaurado se seu código de recuperação o abrir.</translation>
    </message>
    <message>
        <source>Checking your backups…</source>
        <translation>Verificando seus backups…</translation>
    </message>
    <message>
        <source>Checking the backup made %1 (%2 of %3)…</source>
        <translation>Verificando o backup feito em %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Putting the backup made %1 in place…</source>
        <translation>Colocando no lugar o backup feito em %1…</translation>
    </message>
    <message>
        <source>Restore an older backup?</source>
        <translation>Restaurar um backup mais antigo?</translation>
    </message>
    <message>
        <source>The newest backup your recovery code opens was made %1. Newer backups do not open with it:%2

If they were made after a change of the vault&apos;s key, the recovery code of that change opens them: go back and type it instead. Restore the backup made %1?</source>
        <translation>O backup mais recente que seu código de recuperação abre foi feito em %1. Backups mais recentes não abrem com ele:%2

Se eles foram feitos depois de uma troca da chave do cofre, o código de recuperação dessa troca os abre: volte e digite esse código. Restaurar o backup feito em %1?</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Type another code</source>
        <translation>Digitar outro código</translation>
    </message>
    <message>
        <source>CoachDesk could not restore the backup (%1). Nothing was changed.</source>
        <translation>O CoachDesk não conseguiu restaurar o backup (%1). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>RestorePassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>This practice is protected by a passphrase that you type each time CoachDesk starts.</source>
        <translation>Estes registros são protegidos por uma frase secreta que você digita sempre que o CoachDesk inicia.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
    </message>
    <message>
        <source>I &amp;know my passphrase</source>
        <translation>Eu &amp;sei minha frase secreta</translation>
    </message>
    <message>
        <source>I have &amp;forgotten it: let me choose a new one</source>
        <translation>Eu a &amp;esqueci: quero escolher uma nova</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase secreta</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nova frase secreta</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repita</translation>
    </message>
    <message>
        <source>CoachDesk re-encrypts your practice with the new passphrase and gives you a new recovery code to write down: the code you typed will no longer open it.</source>
        <translation>O CoachDesk criptografa de novo seus registros com a nova frase secreta e dá a você um novo código de recuperação para anotar: o código que você digitou deixará de abri-los.</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups with it too (%n in the backup folder)</source>
        <translation>
            <numerusform>Criptografar de novo os backups com ela também (%n na pasta de backup)</numerusform>
            <numerusform>Criptografar de novo os backups com ela também (%n na pasta de backup)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Digite primeiro sua frase secreta.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Verificando sua frase secreta…</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>As duas novas frases secretas não são iguais.</translation>
    </message>
    <message>
        <source>Re-encrypting your practice with the new passphrase…</source>
        <translation>Criptografando de novo seus registros com a nova frase secreta…</translation>
    </message>
    <message numerus="yes">
        <source>Your practice has its new passphrase. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Seus registros têm a nova frase secreta. Criptografando de novo os backups com ela: {done} de %n…</numerusform>
            <numerusform>Seus registros têm a nova frase secreta. Criptografando de novo os backups com ela: {done} de %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase does not open your practice. Type it again, or choose a new one.</source>
        <translation>Esta frase secreta não abre seus registros. Digite de novo ou escolha uma nova.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation>Não foi possível alterar a frase secreta (%1).</translation>
    </message>
</context>
<context>
    <name>RestoredPage</name>
    <message>
        <source>Your practice is back</source>
        <translation>Seus registros estão de volta</translation>
    </message>
    <message>
        <source>Everything in the backup is on this computer again.</source>
        <translation>Tudo o que havia no backup está de novo neste computador.</translation>
    </message>
    <message>
        <source>&amp;Open my practice</source>
        <translation>&amp;Abrir meus registros</translation>
    </message>
    <message>
        <source>Restored from the backup made %1:
%2</source>
        <translation>Restaurado do backup feito em %1:
%2</translation>
    </message>
    <message>
        <source>Newer backups passed over:</source>
        <translation>Backups mais recentes ignorados:</translation>
    </message>
    <message>
        <source>It opens with your new passphrase.</source>
        <translation>Ele abre com sua nova frase secreta.</translation>
    </message>
    <message>
        <source>It opens with your passphrase, as before.</source>
        <translation>Ele abre com sua frase secreta, como antes.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring: CoachDesk opens without asking while you are logged in.</source>
        <translation>A chave dele agora fica guardada no chaveiro deste computador: o CoachDesk abre sem perguntar enquanto você estiver conectado à sua sessão.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>O chaveiro deste computador não conseguiu guardar a chave (%1) Até que consiga, o CoachDesk pede seu código de recuperação a cada início.</translation>
    </message>
    <message>
        <source>New backups go to %1, as before. You can change that in Settings.</source>
        <translation>Novos backups vão para %1, como antes. Você pode mudar isso em Configurações.</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings: CoachDesk makes no backups until you do.</source>
        <translation>Escolha uma pasta de backup em Configurações: o CoachDesk não faz backups até você escolher.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Read each passage. Approve it as it stands, change it together, or strike it out. Only the passages you approve are sent, in the report shown first (its recipient, purpose, period and any session facts); nothing else from your coaching is shared.</source>
        <translation>Leia cada trecho. Aprove-o como está, altere-o junto com o coach ou risque-o. Só os trechos que você aprovar são enviados, no relatório mostrado primeiro (destinatário, finalidade, período e eventuais dados das sessões); nada mais do seu coaching é compartilhado.</translation>
    </message>
    <message>
        <source>The report and its passages</source>
        <translation>O relatório e seus trechos</translation>
    </message>
    <message>
        <source>Your name, as you approve</source>
        <translation>Seu nome, ao aprovar</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprovado por</translation>
    </message>
    <message>
        <source>Coach: return to CoachDesk</source>
        <translation>Coach: voltar ao CoachDesk</translation>
    </message>
    <message>
        <source>Your words for %1</source>
        <translation>Suas palavras para %1</translation>
    </message>
    <message>
        <source>There are no passages in this report yet.</source>
        <translation>Ainda não há trechos neste relatório.</translation>
    </message>
    <message>
        <source>The report as shown is approved.</source>
        <translation>O relatório como mostrado está aprovado.</translation>
    </message>
    <message>
        <source>Passage %1 now has the new words. Approve them if they are right.</source>
        <translation>O trecho %1 agora tem as novas palavras. Aprove-as se estiverem corretas.</translation>
    </message>
    <message>
        <source>Passage %1 struck out: it will not be sent.</source>
        <translation>Trecho %1 riscado: não será enviado.</translation>
    </message>
    <message>
        <source>Passage %1 restored.</source>
        <translation>Trecho %1 restaurado.</translation>
    </message>
    <message>
        <source>Leave the review</source>
        <translation>Sair da revisão</translation>
    </message>
    <message>
        <source>A change to a passage has not been kept. Leave anyway?</source>
        <translation>Uma alteração em um trecho não foi mantida. Sair mesmo assim?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Return to CoachDesk? The screen will show the coach&apos;s full records again.</source>
        <translation>Voltar ao CoachDesk? A tela vai mostrar de novo os registros completos do coach.</translation>
    </message>
    <message>
        <source>Return to CoachDesk</source>
        <translation>Voltar ao CoachDesk</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Join the %n lines into one: “%1”</source>
        <translation>Juntar as %n linhas em uma: “%1”</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search clients, sponsors and notes</source>
        <translation>Buscar clientes, patrocinadores e anotações</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar em tudo</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>O que foi encontrado</translation>
    </message>
    <message>
        <source>The search could not be run. Please try again.</source>
        <translation>Não foi possível fazer a busca. Tente de novo.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada corresponde.</translation>
    </message>
    <message>
        <source>No name matches. Notes are searched from the third letter of a word.</source>
        <translation>Nenhum nome corresponde. As anotações são buscadas a partir da terceira letra de uma palavra.</translation>
    </message>
    <message>
        <source>In a note of %1</source>
        <translation>Em uma anotação de %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anotação</translation>
    </message>
    <message>
        <source>The organisation&apos;s name matches</source>
        <translation>O nome da organização corresponde</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>The email address matches</source>
        <translation>O endereço de e-mail corresponde</translation>
    </message>
    <message>
        <source>The name and email address match</source>
        <translation>O nome e o endereço de e-mail correspondem</translation>
    </message>
    <message>
        <source>The name matches</source>
        <translation>O nome corresponde</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Encerrar sessão</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Encerrar sessão</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salva</translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Datas das sessões</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Horas de coaching</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sessão realizada</numerusform>
            <numerusform>%n sessões realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n faltada</numerusform>
            <numerusform>%n faltadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still planned</source>
        <translation>
            <numerusform>%n ainda agendada</numerusform>
            <numerusform>%n ainda agendadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>The session&apos;s date and time are not valid (use YYYY-MM-DD HH:MM).</source>
        <translation>A data e a hora da sessão não são válidas (use AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Uma sessão dura entre 1 minuto e 24 horas.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Este processo não está mais no cofre.</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, length, fee or whether it was held.</source>
        <translation>Esta sessão está na fatura %1: anule a fatura primeiro para alterar a data, a duração, os honorários ou se ela foi realizada.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Esta sessão não está mais no cofre.</translation>
    </message>
    <message>
        <source>That session is no longer planned.</source>
        <translation>Essa sessão não está mais planejada.</translation>
    </message>
    <message>
        <source>Something was written for this session, so it is kept. End it as held or missed instead.</source>
        <translation>Algo foi escrito para esta sessão, então ela é mantida. Encerre-a como realizada ou perdida.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>&amp;Unpaid only</source>
        <translation>&amp;Só não pagas</translation>
    </message>
    <message>
        <source>Held and missed sessions with a fee that is not paid yet: on no invoice, or on one still unpaid</source>
        <translation>Sessões realizadas e faltadas com honorários ainda não pagos: em nenhuma fatura, ou em uma ainda não paga</translation>
    </message>
    <message>
        <source>&amp;Tax export (CSV)…</source>
        <translation>Exportação &amp;fiscal (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Editar sessão…</translation>
    </message>
    <message>
        <source>Calendar &amp;file (.ics)…</source>
        <translation>Arquivo de &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>No sessions yet.
Sessions are planned and held from a client&apos;s page: open a client, then choose “Plan a session” (Ctrl+Shift+P) or “Start session”. Every session of the practice is listed here, newest first.</source>
        <translation>Nenhuma sessão ainda.
As sessões são agendadas e realizadas a partir da página de um cliente: abra um cliente e escolha “Agendar uma sessão” (Ctrl+Shift+P) ou “Começar sessão”. Todas as sessões dos seus registros aparecem aqui, as mais recentes primeiro.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Ir para clientes</translation>
    </message>
    <message numerus="yes">
        <source>Unpaid sessions: %n</source>
        <translation>
            <numerusform>Sessões não pagas: %n</numerusform>
            <numerusform>Sessões não pagas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sessão salva.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>no held or missed sessions in that period (only the column names)</source>
        <translation>nenhuma sessão realizada ou faltada nesse período (só os nomes das colunas)</translation>
    </message>
    <message>
        <source>Saved to %1: %2. This export is recorded.</source>
        <translation>Salvo em %1: %2. Esta exportação fica registrada.</translation>
    </message>
    <message>
        <source>Save the tax export</source>
        <translation>Salvar a exportação fiscal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>pro bono, not billed</source>
        <translation>pro bono, não faturada</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>A alíquota de imposto fica entre 0 e 100%.</translation>
    </message>
    <message>
        <source>Days to pay are between 0 and 365.</source>
        <translation>Os dias para pagamento ficam entre 0 e 365.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>A moeda é um código de três letras, como EUR ou USD.</translation>
    </message>
    <message>
        <source>The default fee is a whole number of cents, 0 or more.</source>
        <translation>Os honorários padrão são um número inteiro de centavos, 0 ou mais.</translation>
    </message>
    <message>
        <source>Events show nothing of the client, initials or names.</source>
        <translation>Os eventos mostram do cliente: nada, as iniciais ou o nome.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Only when CoachDesk locks or closes</source>
        <translation>Só quando o CoachDesk bloqueia ou fecha</translation>
    </message>
    <message>
        <source>Your name, as agreements show it</source>
        <translation>Seu nome, como os acordos o mostram</translation>
    </message>
    <message>
        <source>Locking closes the vault and clears every screen (Ctrl+L locks at once). Text copied out of CoachDesk leaves the clipboard at Lock and after the time below, unless something else was copied since.</source>
        <translation>Bloquear fecha o cofre e limpa todas as telas (Ctrl+L bloqueia na hora). O texto copiado do CoachDesk sai da área de transferência ao Bloquear e após o tempo abaixo, a menos que outra coisa tenha sido copiada depois.</translation>
    </message>
    <message>
        <source>No folder chosen: CoachDesk makes no backups yet.</source>
        <translation>Nenhuma pasta escolhida: o CoachDesk ainda não faz backups.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Escolher &amp;pasta…</translation>
    </message>
    <message>
        <source>Back up at the first unlock of each day</source>
        <translation>Fazer backup no primeiro desbloqueio de cada dia</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <source>Backups are encrypted with your vault&apos;s key: an external drive or a synced folder is fine. Your recovery code opens them. CoachDesk keeps one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>Os backups são criptografados com a chave do seu cofre: uma unidade externa ou uma pasta sincronizada serve bem. Seu código de recuperação os abre. O CoachDesk guarda um por dia durante uma semana, um por semana durante um mês e um por mês durante um ano.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar de um backup…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CoachDesk starts.</source>
        <translation>Um novo idioma passa a valer na próxima vez que o CoachDesk iniciar.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Bloquear após inatividade</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after</source>
        <translation>Limpar texto &amp;copiado após</translation>
    </message>
    <message>
        <source>Default &amp;session length</source>
        <translation>D&amp;uração padrão da sessão</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Default &amp;fee per session</source>
        <translation>&amp;Honorários padrão por sessão</translation>
    </message>
    <message>
        <source>A new engagement starts with this fee, per session; each engagement says what its own fee is for.</source>
        <translation>Um novo processo começa com estes honorários, por sessão; cada processo diz a que se referem os próprios honorários.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Seu nome</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Change the vault&apos;s &amp;key…</source>
        <translation>Trocar a c&amp;have do cofre…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Trocar a &amp;frase secreta…</translation>
    </message>
    <message>
        <source>Re-encrypts the vault with a new key and gives you a new recovery code. Do it if your recovery code may have been seen.</source>
        <translation>Criptografa o cofre de novo com uma nova chave e lhe dá um novo código de recuperação. Faça isso se alguém pode ter visto seu código de recuperação.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key comes from your passphrase: a new passphrase re-encrypts the vault and gives you a new recovery code to write down. Do it if your passphrase or code may have been seen.</source>
        <translation>A chave do seu cofre vem da sua frase-senha: uma nova frase-senha criptografa o cofre de novo e lhe dá um novo código de recuperação para anotar. Faça isso se alguém pode ter visto sua frase-senha ou seu código.</translation>
    </message>
    <message>
        <source>The demo practice has a fixed key: it holds only invented clients.</source>
        <translation>Os registros de demonstração têm uma chave fixa: contêm apenas clientes inventados.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Para onde devem ir os backups?</translation>
    </message>
    <message>
        <source>This folder is not there now (a drive not connected?). Backups resume when it is.</source>
        <translation>Esta pasta não está disponível agora (uma unidade desconectada?). Os backups voltam quando ela estiver.</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1; %n kept here.</source>
        <translation>
            <numerusform>Último backup em %1; %n guardado aqui.</numerusform>
            <numerusform>Último backup em %1; %n guardados aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Ainda nenhum backup nesta pasta.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Escolha o backup a restaurar</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>Backups do CoachDesk (*%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Fazendo backup e verificando a cópia…</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Menus show the same keys beside each entry.</source>
        <translation>Os menus mostram as mesmas teclas ao lado de cada item.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signed on paper</source>
        <translation>Assinado em papel</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Assinatura eletrônica</translation>
    </message>
    <message>
        <source>Confirmed by email</source>
        <translation>Confirmado por e-mail</translation>
    </message>
    <message>
        <source>Agreed in person</source>
        <translation>Combinado pessoalmente</translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Registrar uma assinatura</translation>
    </message>
    <message>
        <source>The name as signed</source>
        <translation>O nome como assinado</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Como</translation>
    </message>
    <message>
        <source>The person who signed for %1.</source>
        <translation>A pessoa que assinou por %1.</translation>
    </message>
    <message>
        <source>The person who signed for %1: the sponsor has no contact yet, so type their name.</source>
        <translation>A pessoa que assinou por %1: o patrocinador ainda não tem contato, então digite o nome dela.</translation>
    </message>
</context>
<context>
    <name>SponsorRequests</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonema</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Explain the nature and limits of confidentiality</source>
        <translation>Explicar a natureza e os limites da confidencialidade</translation>
    </message>
    <message>
        <source>Share only what the client permits</source>
        <translation>Compartilhar só o que o cliente permitir</translation>
    </message>
    <message>
        <source>Co-create a report with the client</source>
        <translation>Elaborar um relatório junto com o cliente</translation>
    </message>
    <message>
        <source>Ask the client for written permission stating what may be shared</source>
        <translation>Pedir ao cliente uma permissão por escrito que diga o que pode ser compartilhado</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Recusar a solicitação</translation>
    </message>
    <message>
        <source>A sponsor cannot have the full coaching record. The ICF Code of Ethics keeps what the client says in strictest confidence (standard 24) and lets the sponsor receive only what the agreement on information exchange allows (standard 25) and the client approves. The record is released only if the client consents to it, or if the law requires it (a court order or subpoena: standard 26), and then as a logged legal export, never as a sponsor report.</source>
        <translation>Um patrocinador não pode receber o registro completo do coaching. O Código de Ética da ICF mantém o que o cliente diz na mais estrita confidencialidade (norma 24) e permite que o patrocinador receba apenas o que o acordo sobre troca de informações autoriza (norma 25) e o que o cliente aprova. O registro só é liberado se o cliente consentir, ou se a lei exigir (uma ordem judicial ou intimação: norma 26), e então como uma exportação legal registrada, nunca como um relatório para o patrocinador.</translation>
    </message>
    <message>
        <source>Say what the sponsor asked for.</source>
        <translation>Informe o que o patrocinador pediu.</translation>
    </message>
    <message>
        <source>That person is not one of this sponsor&apos;s contacts.</source>
        <translation>Essa pessoa não é um dos contatos deste patrocinador.</translation>
    </message>
    <message>
        <source>That engagement is not sponsored by them.</source>
        <translation>Esse processo não é patrocinado por ele.</translation>
    </message>
    <message>
        <source>This request is no longer in the vault.</source>
        <translation>Esta solicitação não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>SponsorRequestsTab</name>
    <message>
        <source>Sponsor requests</source>
        <translation>Solicitações do patrocinador</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>&amp;Registrar uma solicitação…</translation>
    </message>
    <message>
        <source>What you told them (optional)</source>
        <translation>O que você lhes disse (opcional)</translation>
    </message>
    <message>
        <source>&amp;Record the response</source>
        <translation>&amp;Registrar a resposta</translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation>O que pediram</translation>
    </message>
    <message>
        <source>What the agreement says the sponsor may receive</source>
        <translation>O que o acordo diz que o patrocinador pode receber</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4) about %5:</source>
        <translation>Solicitação de %1, de %2, em %3 (%4), sobre %5:</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4):</source>
        <translation>Solicitação de %1, de %2, em %3 (%4):</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3) about %4:</source>
        <translation>Solicitação de %1 em %2 (%3), sobre %4:</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3):</source>
        <translation>Solicitação de %1 em %2 (%3):</translation>
    </message>
    <message>
        <source>No agreement with this sponsor covers it: the sponsor may receive nothing about the coaching.</source>
        <translation>Nenhum acordo com este patrocinador cobre isso: o patrocinador não pode receber nada sobre o coaching.</translation>
    </message>
    <message>
        <source>Choose how you responded.</source>
        <translation>Escolha como você respondeu.</translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation>Resposta registrada.</translation>
    </message>
</context>
<context>
    <name>Sponsors</name>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Este patrocinador não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>&amp;New sponsor</source>
        <translation>&amp;Novo patrocinador</translation>
    </message>
    <message>
        <source>No sponsors yet.
A sponsor is the organisation that pays for a client&apos;s coaching, often their employer. Add it, with the manager or HR partner as its contact, before the engagement it pays for.</source>
        <translation>Nenhum patrocinador ainda.
Um patrocinador é a organização que paga pelo coaching de um cliente, muitas vezes o empregador dele. Adicione-o, com o gestor ou o parceiro de RH como contato, antes do processo que ele paga.</translation>
    </message>
    <message>
        <source>Add a sponsor</source>
        <translation>Adicionar um patrocinador</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Requests &amp;&amp; disclosures</source>
        <translation>&amp;Solicitações &amp;&amp; divulgações</translation>
    </message>
    <message>
        <source>What this sponsor asked for, and what it received</source>
        <translation>O que este patrocinador pediu, e o que recebeu</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Adicionar &amp;contato</translation>
    </message>
    <message>
        <source>Choose an engagement to see what its agreement lets the sponsor receive.</source>
        <translation>Escolha um processo para ver o que o acordo dele permite ao patrocinador receber.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Pessoas de contato</translation>
    </message>
    <message>
        <source>Engagements it pays for</source>
        <translation>Processos que ele paga</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>O que o acordo permite ao patrocinador receber</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Patrocinadores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sponsor(s)</source>
        <translation>
            <numerusform>%Ln patrocinador</numerusform>
            <numerusform>%Ln patrocinadores</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no agreement for this engagement yet, so the sponsor may receive nothing about the coaching.</source>
        <translation>Ainda não há acordo para este processo, então o patrocinador não pode receber nada sobre o coaching.</translation>
    </message>
    <message>
        <source>%1 (%2): nobody has confirmed what it lets the sponsor receive, so the sponsor receives nothing until the terms are chosen on the agreement&apos;s page.</source>
        <translation>%1 (%2): ninguém confirmou o que ele permite que o patrocinador receba, então o patrocinador não recebe nada até que os termos sejam escolhidos na página do acordo.</translation>
    </message>
    <message>
        <source>%1 (%2) says nothing about what the sponsor may receive, so the sponsor may receive nothing.</source>
        <translation>%1 (%2) não diz nada sobre o que o patrocinador pode receber, então o patrocinador não pode receber nada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This practice is not used on another computer.</source>
        <translation>Seus registros não estão em uso em outro computador.</translation>
    </message>
    <message>
        <source>This practice already syncs.</source>
        <translation>Seus registros já estão sincronizados.</translation>
    </message>
    <message>
        <source>This practice is used on too many computers.</source>
        <translation>Seus registros estão em uso em computadores demais.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2). Check that it is on this computer and that your sync service has finished copying it.</source>
        <translation>A pasta %1 não pode ser lida (%2). Verifique se ela está neste computador e se seu serviço de sincronização terminou de copiá-la.</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk practice. Choose the folder your sync service shares with the other computer (it holds a folder named CoachDesk); if it is still copying, wait until it has finished.</source>
        <translation>A pasta %1 não contém registros do CoachDesk. Escolha a pasta que seu serviço de sincronização compartilha com o outro computador (ela contém uma pasta chamada CoachDesk); se ainda estiver copiando, espere até terminar.</translation>
    </message>
    <message>
        <source>No practice in this folder opens with this code. Check the folder, and the code shown on the other computer.</source>
        <translation>Nenhum registro nesta pasta abre com este código. Verifique a pasta e o código mostrado no outro computador.</translation>
    </message>
    <message>
        <source>This pairing code was replaced by a new one. Type the newest code, shown in Settings on a computer of the practice that uses it.</source>
        <translation>Este código de pareamento foi substituído por um novo. Digite o código mais recente, mostrado nas Configurações de um computador que já o usa.</translation>
    </message>
    <message>
        <source>This computer&apos;s vault already holds clients or sponsors. Join the practice from a new vault (the first-run wizard offers it).</source>
        <translation>O cofre deste computador já tem clientes ou patrocinadores. Entre a partir de um cofre novo (o assistente da primeira execução oferece isso).</translation>
    </message>
    <message>
        <source>The disk of the sync folder is full, so this computer&apos;s latest changes were not sent. They are safe in this vault and go with the next sync once there is space.</source>
        <translation>O disco da pasta de sincronização está cheio, então as últimas alterações deste computador não foram enviadas. Elas estão seguras neste cofre e serão enviadas na próxima sincronização quando houver espaço.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so it cannot make a new pairing code. Make it on one of the practice&apos;s other computers.</source>
        <translation>Outro dos seus computadores marcou este como perdido, por isso ele não pode criar um novo código de pareamento. Crie-o em um dos seus outros computadores.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code.</source>
        <translation type="vanished">Este computador já usa este código de pareamento.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code: type the new code shown on the computer that made it.</source>
        <translation>Este computador já usa este código de pareamento: digite o novo código mostrado no computador que o criou.</translation>
    </message>
    <message>
        <source>This code was made with an earlier version of CoachDesk, which did not note which computer made it, and a computer of the practice has been marked as gone since. Let the computer that made the code sync once, then type the code here again; or make a new pairing code on a computer that is not marked as gone.</source>
        <translation>Este código foi criado com uma versão anterior do CoachDesk, que não registrava em qual computador ele foi criado, e desde então um dos seus computadores foi marcado como perdido. Deixe o computador que criou o código sincronizar uma vez e digite o código aqui novamente; ou crie um novo código de pareamento em um computador que não esteja marcado como perdido.</translation>
    </message>
    <message>
        <source>This code was made on a computer marked as gone, so the practice does not use it. Make a new pairing code on one of the other computers.</source>
        <translation>Este código foi criado em um computador marcado como perdido, por isso não é usado. Crie um novo código de pareamento em um dos outros computadores.</translation>
    </message>
    <message>
        <source>This is not the practice&apos;s new pairing code. Check it against the code shown on the computer where it was made; if it was made only now, wait until your sync service has copied the folder here.</source>
        <translation>Este não é o novo código de pareamento. Compare-o com o código mostrado no computador onde ele foi criado; se ele acabou de ser criado, espere o seu serviço de sincronização copiar a pasta para cá.</translation>
    </message>
    <message>
        <source>This is an earlier pairing code, no longer used. Type the newest one, shown on the computer where it was made.</source>
        <translation>Este é um código de pareamento anterior, que não é mais usado. Digite o mais recente, mostrado no computador onde ele foi criado.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Notes edited on two computers</source>
        <translation>Anotações editadas em dois computadores</translation>
    </message>
    <message>
        <source>Nothing to resolve. A note changed on two computers before either had the other&apos;s change is listed here, with both texts.</source>
        <translation>Nada a resolver. Uma anotação alterada em dois computadores antes de um receber a alteração do outro aparece aqui, com os dois textos.</translation>
    </message>
    <message>
        <source>Both texts are kept. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation type="vanished">Os dois textos estão guardados. Escolha o que a anotação mantém: o outro fica nas versões anteriores da anotação.</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Manter os dois, um depois do outro</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Sessão de %1</translation>
    </message>
    <message>
        <source>A note of its own</source>
        <translation type="vanished">Anotação avulsa</translation>
    </message>
    <message>
        <source>Both texts are kept; the words only one of them has are marked. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation>Os dois textos estão guardados; as palavras que só um deles tem estão marcadas. Escolha o que a anotação mantém: o outro fica nas versões anteriores da anotação.</translation>
    </message>
    <message>
        <source>Keep this text</source>
        <translation>Manter este texto</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s text</source>
        <translation>Manter o texto deste computador</translation>
    </message>
    <message>
        <source>Keep the other computer&apos;s text</source>
        <translation>Manter o texto do outro computador</translation>
    </message>
    <message>
        <source>Kept both texts, one after the other. The text replaced stays an earlier version of the note.</source>
        <translation>Os dois textos foram mantidos, um depois do outro. O texto substituído fica como uma versão anterior da anotação.</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s text. The other text stays an earlier version of the note.</source>
        <translation>O texto deste computador foi mantido. O outro texto fica como uma versão anterior da anotação.</translation>
    </message>
    <message>
        <source>Kept the text from computer %1. The other text stays an earlier version of the note.</source>
        <translation>O texto do computador %1 foi mantido. O outro texto fica como uma versão anterior da anotação.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>computador %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Não sincronizado: %1</translation>
    </message>
    <message>
        <source>Sync folder not found: USB stick unplugged or sync folder moved?</source>
        <translation>Pasta de sincronização não encontrada: pendrive desconectado ou pasta movida?</translation>
    </message>
    <message>
        <source>Not synced: the disk is full. Nothing is lost; CoachDesk tries again.</source>
        <translation>Não sincronizado: o disco está cheio. Nada se perde; o CoachDesk tentará de novo.</translation>
    </message>
    <message>
        <source>Not synced: CoachDesk may not write to the sync folder.</source>
        <translation>Não sincronizado: o CoachDesk não tem permissão para gravar na pasta de sincronização.</translation>
    </message>
    <message>
        <source>Not synced: this computer needs the practice&apos;s new pairing code (Settings).</source>
        <translation>Não sincronizado: este computador precisa do novo código de pareamento (Configurações).</translation>
    </message>
    <message>
        <source>Marked as gone on another computer: changes made here are no longer taken in (Settings).</source>
        <translation>Marcado como perdido em outro computador: as alterações feitas aqui não são mais aceitas (Configurações).</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>this computer is now %1</source>
        <translation>este computador agora é o %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not applied</source>
        <translation>
            <numerusform>%n arquivo não aplicado</numerusform>
            <numerusform>%n arquivos não aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n anotação a resolver</numerusform>
            <numerusform>%n anotações a resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>last change sent %1</source>
        <translation>último envio: %1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>recebido: %1 do %2</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Pasta de sincronização: %1</translation>
    </message>
    <message>
        <source>This computer is %1.</source>
        <translation>Este computador é o %1.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so what you change here no longer reaches the others. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer in Settings on another computer; else join the practice from this one as a new computer.</source>
        <translation>Outro dos seus computadores marcou este como perdido, por isso o que você alterar aqui não chega mais aos outros. Se foi um engano, escolha “Afinal não está perdido…” para este computador em Configurações em outro computador; se não, configure este de novo como um computador novo.</translation>
    </message>
    <message>
        <source>This computer was %1 until %2 (another computer had joined with the same letter): numbers printed here before then carry the letter %3.</source>
        <translation>Este computador era o %1 até %2 (outro computador havia entrado com a mesma letra): os números impressos aqui antes disso trazem a letra %3.</translation>
    </message>
    <message>
        <source>Last file from %1 applied %2.</source>
        <translation>Último arquivo do %1 aplicado: %2.</translation>
    </message>
    <message>
        <source>Ignored: %1 (%2): %3</source>
        <translation>Ignorado: %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 not applied: %2</source>
        <translation>
            <numerusform>%n arquivo de %1 não aplicado: %2</numerusform>
            <numerusform>%n arquivos de %1 não aplicados: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1 (%2): %3</source>
        <translation type="vanished">Não aplicado: %1 (%2): %3</translation>
    </message>
    <message>
        <source>A file from %1 waits for an earlier one.</source>
        <translation>Um arquivo do %1 aguarda um anterior.</translation>
    </message>
</context>
<context>
    <name>TaxExport</name>
    <message>
        <source>The last day comes before the first: choose the period again.</source>
        <translation>O último dia é anterior ao primeiro: escolha o período novamente.</translation>
    </message>
</context>
<context>
    <name>TaxPeriodDialog</name>
    <message>
        <source>Tax export</source>
        <translation>Exportação fiscal</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Dates, minutes, fees and who was billed, for held and missed sessions. No notes, goals, places or anything said in coaching.</source>
        <translation>Datas, minutos, honorários e quem foi faturado, para sessões realizadas e faltadas. Nenhuma anotação, objetivo, local ou nada do que foi dito no coaching.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>O último dia vem antes do primeiro.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Free page</source>
        <translation>Página livre</translation>
    </message>
    <message>
        <source>Focus, insights, actions, reflection</source>
        <translation>Foco, percepções, ações, reflexão</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Escreva enquanto escuta. Tudo é salvo automaticamente.</translation>
    </message>
    <message>
        <source>What does the client want from this session, and beyond it?</source>
        <translation>O que o cliente quer desta sessão, e além dela?</translation>
    </message>
    <message>
        <source>Where things stand now: facts, feelings, what has been tried.</source>
        <translation>Onde as coisas estão agora: fatos, sentimentos, o que já foi tentado.</translation>
    </message>
    <message>
        <source>What could the client do? Every option, before choosing.</source>
        <translation>O que o cliente poderia fazer? Todas as opções, antes de escolher.</translation>
    </message>
    <message>
        <source>What will the client do, and by when? Start a line with [ ] to make it an action item.</source>
        <translation>O que o cliente vai fazer, e até quando? Comece uma linha com [ ] para transformá-la em uma ação combinada.</translation>
    </message>
    <message>
        <source>Your own thoughts: never shared.</source>
        <translation>Seus próprios pensamentos: nunca compartilhados.</translation>
    </message>
    <message>
        <source>What the client brought today.</source>
        <translation>O que o cliente trouxe hoje.</translation>
    </message>
    <message>
        <source>What the client noticed or learned.</source>
        <translation>O que o cliente percebeu ou aprendeu.</translation>
    </message>
    <message>
        <source>Start a line with [ ] to make it an action item.</source>
        <translation>Comece uma linha com [ ] para transformá-la em uma ação combinada.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Um modelo precisa de pelo menos uma seção.</translation>
    </message>
    <message>
        <source>A template can have at most %1 sections.</source>
        <translation>Um modelo pode ter no máximo %1 seções.</translation>
    </message>
    <message>
        <source>Each section needs a heading.</source>
        <translation>Cada seção precisa de um título.</translation>
    </message>
    <message>
        <source>Choose who may see each section.</source>
        <translation>Escolha quem pode ver cada seção.</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection is coach only, always.</source>
        <translation>A reflexão do coach é sempre só do coach.</translation>
    </message>
    <message>
        <source>This template is no longer in the vault.</source>
        <translation>Este modelo não está mais no cofre.</translation>
    </message>
    <message>
        <source>Keep at least one template to start sessions with.</source>
        <translation>Mantenha pelo menos um modelo para começar sessões.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente não está mais no cofre.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sessions in the next 7 days</source>
        <translation>Sessões nos próximos 7 dias</translation>
    </message>
    <message>
        <source>No sessions planned for the coming week.</source>
        <translation>Nenhuma sessão agendada para a próxima semana.</translation>
    </message>
    <message>
        <source>Agreements waiting for signatures</source>
        <translation>Acordos aguardando assinaturas</translation>
    </message>
    <message>
        <source>No agreement is waiting for a signature.</source>
        <translation>Nenhum acordo está aguardando assinatura.</translation>
    </message>
    <message>
        <source>Engagements without an active agreement</source>
        <translation>Processos sem acordo ativo</translation>
    </message>
    <message>
        <source>No running engagement is without an active agreement.</source>
        <translation>Nenhum processo em andamento está sem acordo ativo.</translation>
    </message>
    <message>
        <source>Engagements and packages ending soon</source>
        <translation>Processos e pacotes terminando em breve</translation>
    </message>
    <message>
        <source>No engagement or package ends in the next month.</source>
        <translation>Nenhum processo ou pacote termina no próximo mês.</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Registros com prazo de guarda vencido</translation>
    </message>
    <message>
        <source>No client&apos;s records have passed their agreed retention.</source>
        <translation>Nenhum registro de cliente passou do prazo de guarda combinado.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Pacote: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Restore the newest &amp;backup</source>
        <translation>Restaurar o &amp;backup mais recente</translation>
    </message>
    <message>
        <source>&amp;Open vault</source>
        <translation>&amp;Abrir cofre</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>Tentar de &amp;novo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>The demo practice is locked</source>
        <translation>Os registros de demonstração estão bloqueados</translation>
    </message>
    <message>
        <source>Unlock to carry on. The demo practice opens without a key or a recovery code: it holds only invented clients, so there is nothing to recover.</source>
        <translation>Desbloqueie para continuar. Os registros de demonstração abrem sem chave nem código de recuperação: contêm só clientes fictícios, então não há nada a recuperar.</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Seu cofre está bloqueado</translation>
    </message>
    <message>
        <source>Unlock to carry on. Your key is kept in this computer&apos;s keyring.</source>
        <translation>Desbloqueie para continuar. Sua chave fica guardada no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code</source>
        <translation>Usar meu código de &amp;recuperação</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Show the vault&apos;s &amp;folder</source>
        <translation>Mostrar a &amp;pasta do cofre</translation>
    </message>
    <message>
        <source>Open &amp;without the damaged changes</source>
        <translation>Abrir &amp;sem as alterações danificadas</translation>
    </message>
    <message>
        <source>Enter your recovery code</source>
        <translation>Digite seu código de recuperação</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your vault. Dashes and case do not matter.</source>
        <translation>Digite o código de recuperação que você anotou ao criar o seu cofre. Hífens e maiúsculas ou minúsculas não fazem diferença.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperação</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Digite sua frase secreta</translation>
    </message>
    <message>
        <source>Your vault is protected by a passphrase.</source>
        <translation>Seu cofre é protegido por uma frase secreta.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase secreta</translation>
    </message>
    <message>
        <source>Forgot it? Use my &amp;recovery code</source>
        <translation>Esqueceu? Usar meu código de &amp;recuperação</translation>
    </message>
    <message>
        <source>CoachDesk cannot open your vault</source>
        <translation>O CoachDesk não consegue abrir o seu cofre</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Digite antes o seu código de recuperação.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Digite primeiro sua frase secreta.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restaurando seu backup íntegro mais recente…</translation>
    </message>
    <message>
        <source>Restore the newest backup that checks out: the damaged vault is kept beside it, unchanged.</source>
        <translation>Restaurar o backup íntegro mais recente: o cofre danificado fica guardado ao lado dele, sem alterações.</translation>
    </message>
    <message>
        <source>CoachDesk knows of no backup of this vault. Before anything else, copy the vault&apos;s folder to a safe place.</source>
        <translation>O CoachDesk não conhece nenhum backup deste cofre. Antes de qualquer coisa, copie a pasta do cofre para um lugar seguro.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Seu cofre está danificado</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault%1, so it has locked it and is checking every page of it. This takes a moment for a large vault.</source>
        <translation>O CoachDesk não conseguiu ler parte do seu cofre%1, então o bloqueou e está verificando cada página dele. Isso leva um momento em um cofre grande.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>Verificando seu cofre…</translation>
    </message>
    <message>
        <source>Checking every page of your vault…</source>
        <translation>Verificando cada página do seu cofre…</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault (%1), but every page and every record of it checks out. Try again; if it happens again, restore your newest backup.</source>
        <translation>O CoachDesk não conseguiu ler parte do seu cofre (%1), mas cada página e cada registro dele estão íntegros. Tente de novo; se acontecer outra vez, restaure seu backup mais recente.</translation>
    </message>
    <message>
        <source>Your vault could not be read</source>
        <translation>Não foi possível ler seu cofre</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>não foi possível lê-lo por completo</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code. The damaged vault is kept beside the restored one.</source>
        <translation>Para restaurar o seu backup mais recente, digite o seu código de recuperação. O cofre danificado é mantido ao lado do restaurado.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept, encrypted, in the vault&apos;s folder as %2.</source>
        <translation>Seu cofre agora contém o backup de %1. O cofre danificado fica guardado, criptografado, na pasta do cofre como %2.</translation>
    </message>
    <message>
        <source>Type it to open your vault without the damaged changes.</source>
        <translation>Digite-o para abrir o seu cofre sem as alterações danificadas.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Abrindo o seu cofre…</translation>
    </message>
    <message>
        <source>No backup was restored: %1. Your vault was not changed.</source>
        <translation>Nenhum backup foi restaurado: %1. Seu cofre não foi alterado.</translation>
    </message>
    <message>
        <source>No backup opens with the key kept in this computer&apos;s keyring.</source>
        <translation>Nenhum backup abre com a chave guardada no chaveiro deste computador.</translation>
    </message>
    <message>
        <source>CoachDesk could not open your vault: %1. It has not changed it.</source>
        <translation>O CoachDesk não conseguiu abrir seu cofre: %1. Ele não foi alterado.</translation>
    </message>
    <message>
        <source>CoachDesk could not open the vault (%1). Nothing was changed.</source>
        <translation>O CoachDesk não conseguiu abrir o cofre (%1). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 contains a character that cannot be stored; please retype it.</source>
        <translation>%1 contém um caractere que não pode ser guardado; digite de novo, por favor.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 não pode ficar vazio.</translation>
    </message>
    <message>
        <source>%1 must be a single line; what was typed or pasted here is on %2 lines.</source>
        <translation>%1 deve ter uma única linha; o que foi digitado ou colado aqui tem %2 linhas.</translation>
    </message>
    <message>
        <source>%1 contains hidden characters that force the direction of the text (often picked up when copying from a web page or a chat). They would show it back to front, so they cannot be kept.</source>
        <translation>%1 contém caracteres ocultos que forçam a direção do texto (muitas vezes trazidos ao copiar de uma página da web ou de um chat). Eles o mostrariam de trás para frente, então não podem ser mantidos.</translation>
    </message>
    <message>
        <source>%1 must be a single line, without tabs or control characters.</source>
        <translation>%1 deve ter uma única linha, sem tabulações nem caracteres de controle.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters; this is %3.</source>
        <translation>%1 pode ter no máximo %2 caracteres; este tem %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the most CoachDesk keeps in one is %3 MB. Split it into several.</source>
        <translation>%1 tem %2 MB; o máximo que o CoachDesk guarda em um só é %3 MB. Divida-o em vários.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 é obrigatório.</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD).</source>
        <translation>%1 não é uma data (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>A data de término é anterior à data de início.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of cents.</source>
        <translation>%1 deve ser um número inteiro de centavos.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 não pode ser negativo.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 deve ser um destes: %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key: type your recovery code.</source>
        <translation>O chaveiro deste computador não tem a chave do seu cofre: digite seu código de recuperação.</translation>
    </message>
    <message>
        <source>Enter your recovery code to open your vault without the damaged changes.</source>
        <translation>Digite seu código de recuperação para abrir seu cofre sem as alterações danificadas.</translation>
    </message>
    <message>
        <source>This passphrase does not open this vault.</source>
        <translation>Esta frase secreta não abre este cofre.</translation>
    </message>
    <message>
        <source>This code does not open this vault.</source>
        <translation>Este código não abre este cofre.</translation>
    </message>
    <message>
        <source>The file %1 %2. CoachDesk has left it untouched.</source>
        <translation>O arquivo %1 %2. O CoachDesk não mexeu nele.</translation>
    </message>
    <message>
        <source>The vault %1 was made by a newer version of CoachDesk (format %2; this version knows up to %3). Update CoachDesk to open it. The vault has not been changed.</source>
        <translation>O cofre %1 foi criado por uma versão mais nova do CoachDesk (formato %2; esta versão conhece até o %3). Atualize o CoachDesk para abri-lo. O cofre não foi alterado.</translation>
    </message>
    <message>
        <source>A vault already exists at %1. CoachDesk will not create a new one over it.</source>
        <translation>Já existe um cofre em %1. O CoachDesk não vai criar um novo por cima dele.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>O cofre está bloqueado.</translation>
    </message>
    <message>
        <source>This copy of CoachDesk has no working SQLCipher, so it cannot encrypt your records. It will not run without it; please reinstall CoachDesk.</source>
        <translation>Esta cópia do CoachDesk não tem um SQLCipher funcionando, por isso não consegue criptografar seus registros. Ela não funciona sem ele; reinstale o CoachDesk.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>O disco está cheio, por isso esta alteração não pôde ser salva. Tudo o que foi salvo antes está seguro. Libere algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>CoachDesk could not bring the vault %1 up to date (%2). The vault has not been changed.</source>
        <translation>O CoachDesk não conseguiu atualizar o cofre %1 (%2). O cofre não foi alterado.</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: %2. CoachDesk has not changed it.</source>
        <translation>O cofre %1 está danificado: %2. O CoachDesk não o alterou.</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose the one change in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>O registro das suas alterações mais recentes (%1) está danificado logo no início: abrir o cofre agora perderia a única alteração que ele contém. O CoachDesk não alterou nada. Você pode restaurar seu backup mais recente ou abrir o cofre sem as alterações danificadas (uma cópia do registro danificado fica guardada ao lado).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose all %2 changes in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>O registro das suas alterações mais recentes (%1) está danificado logo no início: abrir o cofre agora perderia todas as %2 alterações que ele contém. O CoachDesk não alterou nada. Você pode restaurar seu backup mais recente ou abrir o cofre sem as alterações danificadas (uma cópia do registro danificado fica guardada ao lado).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at change %2 of %3: opening the vault now would keep the changes before it and lose the rest. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>O registro das suas alterações mais recentes (%1) está danificado na alteração %2 de %3: abrir o cofre agora manteria as alterações anteriores e perderia o restante. O CoachDesk não alterou nada. Você pode restaurar seu backup mais recente ou abrir o cofre sem as alterações danificadas (uma cópia do registro danificado fica guardada ao lado).</translation>
    </message>
    <message>
        <source>Only a vault whose key is in the keyring can change its key here. A passphrase vault changes its passphrase instead.</source>
        <translation>Só um cofre cuja chave está no chaveiro pode trocar a chave aqui. Um cofre com frase secreta troca a frase secreta.</translation>
    </message>
    <message>
        <source>%1 The key was not changed.</source>
        <translation>%1 A chave não foi trocada.</translation>
    </message>
    <message>
        <source>Only a passphrase vault has a passphrase to change.</source>
        <translation>Só um cofre com frase secreta tem uma frase secreta para trocar.</translation>
    </message>
    <message>
        <source>That is neither your current passphrase nor your recovery code.</source>
        <translation>Isso não é nem sua frase secreta atual nem seu código de recuperação.</translation>
    </message>
    <message>
        <source>The new passphrase is the one you have now.</source>
        <translation>A nova frase secreta é a que você já tem.</translation>
    </message>
    <message>
        <source>CoachDesk could not write beside the vault (%1); the passphrase was not changed.</source>
        <translation>O CoachDesk não conseguiu gravar ao lado do cofre (%1); a frase secreta não foi trocada.</translation>
    </message>
    <message>
        <source>The vault is locked; the key was not changed.</source>
        <translation>O cofre está bloqueado; a chave não foi trocada.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>A frase secreta precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain control characters.</source>
        <translation>Uma frase secreta não pode conter caracteres de controle.</translation>
    </message>
    <message>
        <source>A passphrase cannot be written as x&apos;…&apos;: vault tools would read it as a key. Choose another.</source>
        <translation>Uma frase secreta não pode ser escrita como x&apos;…&apos;: as ferramentas do cofre a leriam como uma chave. Escolha outra.</translation>
    </message>
    <message>
        <source>is missing. If it lives on a removable or network drive, connect it and try again</source>
        <translation>não está lá. Se ele fica em uma unidade removível ou de rede, conecte-a e tente de novo</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>is empty (0 bytes), so it is not a CoachDesk vault</source>
        <translation>está vazio (0 bytes), então não é um cofre do CoachDesk</translation>
    </message>
    <message>
        <source>is an ordinary unencrypted SQLite database, not a CoachDesk vault</source>
        <translation>é um banco de dados SQLite comum sem criptografia, não um cofre do CoachDesk</translation>
    </message>
    <message>
        <source>is truncated or is not a CoachDesk vault (its size, %1 bytes, is not a whole number of vault pages)</source>
        <translation>está truncado ou não é um cofre do CoachDesk (o tamanho dele, %1 bytes, não é um número inteiro de páginas do cofre)</translation>
    </message>
    <message>
        <source>opens with this key, but holds no CoachDesk records</source>
        <translation>abre com esta chave, mas não contém registros do CoachDesk</translation>
    </message>
    <message>
        <source>opens, but holds no CoachDesk records</source>
        <translation>abre, mas não contém registros do CoachDesk</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>está danificado e não pode ser lido</translation>
    </message>
    <message>
        <source>%1 CoachDesk could not keep the key there, so nothing was created. Go back and choose a passphrase instead.</source>
        <translation>%1 O CoachDesk não conseguiu guardar a chave ali, por isso nada foi criado. Volte e escolha uma frase secreta.</translation>
    </message>
    <message>
        <source>CoachDesk cannot find this vault&apos;s info file, so it does not know where its key is kept. Enter your recovery code to open it.</source>
        <translation>O CoachDesk não encontra o arquivo de informações deste cofre, por isso não sabe onde a chave dele está guardada. Digite seu código de recuperação para abri-lo.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Digite sua frase secreta para abrir seu cofre.</translation>
    </message>
    <message>
        <source>The info file in %1 says this is the demo practice, but the demo practice lives only in its own folder (%2), and its key is no secret. CoachDesk will not open a vault here with it. If this is your own vault, enter your recovery code to open it.</source>
        <translation>O arquivo de informações em %1 diz que estes são os registros de demonstração, mas os registros de demonstração ficam só na pasta deles (%2), e a chave deles não é secreta. O CoachDesk não vai abrir um cofre aqui com ela. Se este é o seu próprio cofre, digite seu código de recuperação para abri-lo.</translation>
    </message>
    <message>
        <source>%1 Enter your recovery code to open your vault.</source>
        <translation>%1 Digite seu código de recuperação para abrir seu cofre.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key to your vault (a new computer, or a cleared keychain). Enter your recovery code to open it; CoachDesk will keep the key in the keyring again.</source>
        <translation>O chaveiro deste computador não tem a chave do seu cofre (um computador novo, ou um chaveiro apagado). Digite seu código de recuperação para abri-lo; o CoachDesk vai guardar a chave no chaveiro de novo.</translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keyring does not open %1. The file may be damaged, or the keyring holds a key for another vault. CoachDesk has left the file untouched. You can try your recovery code.</source>
        <translation>A chave guardada no chaveiro deste computador não abre %1. O arquivo pode estar danificado, ou o chaveiro tem a chave de outro cofre. O CoachDesk não mexeu no arquivo. Você pode tentar seu código de recuperação.</translation>
    </message>
    <message>
        <source>A change of your passphrase was under way. Type the new passphrase you chose; if it does not open the vault, your old one will.</source>
        <translation>Uma troca da sua frase secreta estava em andamento. Digite a nova frase secreta que você escolheu; se ela não abrir o cofre, a antiga abrirá.</translation>
    </message>
    <message>
        <source>%1 (a change of your passphrase was under way: try the new passphrase first)</source>
        <translation>%1 (uma troca da sua frase secreta estava em andamento: tente primeiro a nova)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>não pode ser aberto</translation>
    </message>
    <message>
        <source>its first 16 bytes (the salt, which every page&apos;s check depends on) are damaged; every page is otherwise intact</source>
        <translation>os primeiros 16 bytes dele (o salt, do qual depende a verificação de cada página) estão danificados; fora isso, todas as páginas estão intactas</translation>
    </message>
    <message>
        <source>no page passes its check with this key (another key, or its first bytes damaged)</source>
        <translation>nenhuma página passa na verificação com esta chave (outra chave, ou os primeiros bytes dele danificados)</translation>
    </message>
    <message>
        <source>its first page (the one that lists what the vault holds) fails its check</source>
        <translation>a primeira página dele (a que lista o que o cofre contém) não passa na verificação</translation>
    </message>
    <message>
        <source>page %1 of its %2 pages fails its check</source>
        <translation>a página %1 das %2 páginas dele não passa na verificação</translation>
    </message>
    <message>
        <source>%1 of its %2 pages fail their check (pages %3)</source>
        <translation>%1 das %2 páginas dele não passam na verificação (páginas %3)</translation>
    </message>
    <message>
        <source>its file could not be read (%1)</source>
        <translation>não foi possível ler o arquivo dele (%1)</translation>
    </message>
    <message>
        <source>every page checks out, but its records do not fit together (SQLite&apos;s own check: %1)</source>
        <translation>todas as páginas estão certas, mas os registros dele não se encaixam (verificação do próprio SQLite: %1)</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>não foi possível lê-lo por completo</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Boas-vindas ao CoachDesk</translation>
    </message>
    <message>
        <source>Your practice, private and offline, in one encrypted file.</source>
        <translation>Seus registros, privados e off-line, em um único arquivo criptografado.</translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sponsors, agreements and session notes in one encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>O CoachDesk guarda seus clientes, patrocinadores, acordos e anotações de sessão em um único cofre criptografado neste computador. Nada é enviado a lugar nenhum.</translation>
    </message>
    <message>
        <source>&amp;Start a new practice</source>
        <translation>&amp;Começar do zero</translation>
    </message>
    <message>
        <source>&amp;Restore my practice from a backup</source>
        <translation>&amp;Restaurar meus registros de um backup</translation>
    </message>
    <message>
        <source>&amp;Join a practice I use on another computer</source>
        <translation>&amp;Usar aqui os registros que uso em outro computador</translation>
    </message>
    <message>
        <source>A new computer, or one that was wiped? Your backup folder and your recovery code bring your practice back.</source>
        <translation>Um computador novo, ou um que foi formatado? Sua pasta de backup e seu código de recuperação trazem seus registros de volta.</translation>
    </message>
    <message>
        <source>Your sync service (Syncthing, Dropbox, …) has copied the practice&apos;s folder here; the other computer shows a code in Settings.</source>
        <translation>Seu serviço de sincronização (Syncthing, Dropbox, …) copiou para cá a pasta dos seus registros; o outro computador mostra um código em Configurações.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>ex.: Sam Rivera</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>&amp;Your name, as agreements, release forms and reports print it (you can change it in Settings)</source>
        <translation>&amp;Seu nome, como acordos, termos de autorização e relatórios o imprimem (você pode alterá-lo em Configurações)</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Guardar a chave no &amp;chaveiro deste computador (recomendado)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase I type at every start</source>
        <translation>Usar uma &amp;frase secreta que eu digito a cada início</translation>
    </message>
    <message>
        <source>CoachDesk will open without asking while you are logged in to this computer.</source>
        <translation>O CoachDesk vai abrir sem perguntar enquanto você estiver conectado a este computador.</translation>
    </message>
    <message>
        <source>You can still protect your vault with a passphrase: CoachDesk will ask for it each time it starts.</source>
        <translation>Você ainda pode proteger o seu cofre com uma frase secreta: o CoachDesk vai pedi-la sempre que iniciar.</translation>
    </message>
    <message>
        <source>Your practice will be restored here:
%1</source>
        <translation>Seus registros serão restaurados aqui:
%1</translation>
    </message>
    <message>
        <source>Your vault will be created here:
%1</source>
        <translation>Seu cofre será criado aqui:
%1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <source>How a sponsor &amp;report is made</source>
        <translation>Como é feito um &amp;relatório ao patrocinador</translation>
    </message>
</context>
<context>
    <name>WrappedRows</name>
    <message>
        <source>Show it in the agreement&apos;s words</source>
        <translation>Mostrar no texto do acordo</translation>
    </message>
</context>
<context>
    <name>_Writer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="obsolete">Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>CoachDesk hit an unexpected problem. Everything saved before is safe in your vault. If it happens again, please restart CoachDesk.</source>
        <translation>O CoachDesk encontrou um problema inesperado. Tudo o que foi salvo antes está seguro no seu cofre. Se acontecer de novo, reinicie o CoachDesk.</translation>
    </message>
    <message>
        <source>CoachDesk could not read from or save to your vault: %1. What you were doing when it happened may not have been saved, and CoachDesk cannot tell from here whether anything else in the vault is affected. Restart CoachDesk: it checks your vault as it opens it, and says so if it is damaged.</source>
        <translation>O CoachDesk não conseguiu ler nem salvar no seu cofre: %1. O que você estava fazendo quando isso aconteceu pode não ter sido salvo, e o CoachDesk não consegue saber daqui se mais alguma coisa no cofre foi afetada. Reinicie o CoachDesk: ele verifica o cofre ao abri-lo e avisa se estiver danificado.</translation>
    </message>
    <message>
        <source>CoachDesk cannot start</source>
        <translation>O CoachDesk não pode iniciar</translation>
    </message>
    <message>
        <source>CoachDesk cannot use the folder %1 for your vault (%2). Choose another folder (start CoachDesk with --home and a folder of your own).</source>
        <translation>O CoachDesk não pode usar a pasta %1 para o seu cofre (%2). Escolha outra pasta (inicie o CoachDesk com --home e uma pasta sua).</translation>
    </message>
    <message>
        <source>CoachDesk is already open</source>
        <translation>O CoachDesk já está aberto</translation>
    </message>
    <message>
        <source>CoachDesk is already open with this vault in another window. Switch to it, or close it before starting CoachDesk again.</source>
        <translation>O CoachDesk já está aberto com este cofre em outra janela. Mude para ela, ou feche-a antes de iniciar o CoachDesk de novo.</translation>
    </message>
</context>
<context>
    <name>folders</name>
    <message>
        <source>Other accounts on this computer can add or change files in the folder %1. Choose a folder of your own that only you can write in (for example a new folder in your Dropbox or Syncthing folder).</source>
        <translation>Outras contas deste computador podem adicionar ou alterar arquivos na pasta %1. Escolha uma pasta sua, na qual só você possa gravar (por exemplo, uma nova pasta dentro da sua pasta do Dropbox ou do Syncthing).</translation>
    </message>
    <message>
        <source>CoachDesk cannot find the folder %1. Connect its drive, or choose another folder.</source>
        <translation>O CoachDesk não encontra a pasta %1. Conecte a unidade dela ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>The folder %1 holds your vault or is inside its folder. Choose a folder apart from it, for example a new folder in your Dropbox or Syncthing folder: a sync service copying the vault file while CoachDesk writes it would damage it.</source>
        <translation>A pasta %1 contém seu cofre ou fica dentro da pasta dele. Escolha uma pasta separada, por exemplo uma pasta nova dentro da sua pasta do Dropbox ou do Syncthing: um serviço de sincronização que copiasse o arquivo do cofre enquanto o CoachDesk o grava o danificaria.</translation>
    </message>
    <message>
        <source>The folder %1 is where your backups go. Choose a folder of its own for syncing, so that backups and change files never mix.</source>
        <translation>A pasta %1 é onde ficam seus backups. Escolha uma pasta só para a sincronização, para que backups e arquivos de alterações nunca se misturem.</translation>
    </message>
    <message>
        <source>CoachDesk cannot write in the folder %1. Choose a folder of yours that CoachDesk may write in.</source>
        <translation>O CoachDesk não pode gravar na pasta %1. Escolha uma pasta sua em que o CoachDesk possa gravar.</translation>
    </message>
</context>
<context>
    <name>issuer</name>
    <message>
        <source>Invoices are issued on one computer of this practice, so their numbers run without gaps, and it is not this one. Issue the invoice on that computer, or hand the role to this computer from there.</source>
        <translation>As faturas são emitidas em um só computador, para que os números sigam sem lacunas, e não é este. Emita a fatura naquele computador, ou passe a função para este computador a partir de lá.</translation>
    </message>
    <message>
        <source>That computer has not synced with this one yet: sync it once, then hand it the role.</source>
        <translation>Esse computador ainda não sincronizou com este: sincronize-o uma vez e depois passe a emissão de faturas para ele.</translation>
    </message>
    <message>
        <source>The computer that issues invoices is not marked as gone: only it can hand the role over.</source>
        <translation>O computador que emite as faturas não está marcado como perdido: só ele pode passar a emissão de faturas.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: sync this computer, then take the role back.</source>
        <translation>Algumas alterações que o computador perdido enviou ainda não chegaram aqui: sincronize este computador e depois retome a emissão de faturas.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Not done</source>
        <translation>Não feito</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>not a CoachDesk bundle name (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation type="vanished">não é um nome de arquivo do CoachDesk (cópias temporárias ou em conflito de uma ferramenta de sincronização são ignoradas)</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>não pôde ser lido</translation>
    </message>
    <message>
        <source>is incomplete or cut short (still arriving, or damaged)</source>
        <translation>está incompleto ou cortado (ainda chegando, ou danificado)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s sync key (another practice&apos;s bundle, or damaged)</source>
        <translation type="vanished">não abre com a chave de sincronização dos seus registros (arquivo de outros registros, ou danificado)</translation>
    </message>
    <message>
        <source>not a CoachDesk change file (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation>não é um arquivo de alterações do CoachDesk (cópias temporárias ou em conflito de uma ferramenta de sincronização são ignoradas)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s pairing code (written by another practice, or changed since)</source>
        <translation>não abre com o código de pareamento dos seus registros (escrito por outros registros, ou alterado depois)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was written</source>
        <translation>foi alterado ou danificado depois de gravado</translation>
    </message>
    <message>
        <source>was written by a newer CoachDesk: update CoachDesk on this computer to receive it</source>
        <translation>foi gravado por uma versão mais nova do CoachDesk: atualize o CoachDesk neste computador para recebê-lo</translation>
    </message>
    <message>
        <source>belongs to another practice</source>
        <translation>pertence a outros registros</translation>
    </message>
    <message>
        <source>is not where its computer wrote it (moved or copied by hand)</source>
        <translation>não está onde o computador o gravou (movido ou copiado à mão)</translation>
    </message>
    <message>
        <source>not a CoachDesk computer&apos;s folder</source>
        <translation>não é uma pasta de computador do CoachDesk</translation>
    </message>
    <message>
        <source>carries a time more than a day ahead of this computer&apos;s clock: check the date and time on both computers</source>
        <translation>traz um horário mais de um dia à frente do relógio deste computador: confira a data e a hora nos dois computadores</translation>
    </message>
    <message>
        <source>The folder %1 in the sync folder is a link or not a folder. CoachDesk writes its change files only in folders of its own: remove it, and sync again.</source>
        <translation>A pasta %1 dentro da pasta de sincronização é um link ou não é uma pasta. O CoachDesk grava seus arquivos de alterações só em pastas próprias: remova-a e sincronize de novo.</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (to use that computer again, join the practice from it as a new computer)</source>
        <translation type="vanished">vem de um computador marcado como perdido: não é aplicado (para usar esse computador de novo, configure-o de novo como um computador novo)</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (if that was a mistake, choose &quot;Not gone after all…&quot; for it in Settings; else join the practice from it as a new computer)</source>
        <translation>vem de um computador marcado como perdido: não é aplicado (se foi um engano, escolha “Afinal não está perdido…” para ele em Configurações; se não, configure-o de novo como um computador novo)</translation>
    </message>
    <message>
        <source>Only another computer can be marked as gone.</source>
        <translation>Só outro computador pode ser marcado como perdido.</translation>
    </message>
    <message>
        <source>That computer is not one of this practice&apos;s computers.</source>
        <translation>Esse computador não é um dos seus computadores.</translation>
    </message>
    <message>
        <source>This computer cannot bring itself back: what it sends is not taken in. Bring it back on another computer of the practice.</source>
        <translation>Este computador não pode trazer a si mesmo de volta: o que ele envia não é aceito. Traga-o de volta em outro dos seus computadores.</translation>
    </message>
    <message>
        <source>Bring that computer back on computer %1, where it was marked as gone: it issues the practice&apos;s invoices, and invoicing may have been taken back on another computer since, which this one has not heard of yet.</source>
        <translation>Traga esse computador de volta no computador %1, onde ele foi marcado como perdido: ele emite as faturas do consultório, e o faturamento pode ter sido retomado em outro computador desde então, o que este ainda não sabe.</translation>
    </message>
    <message>
        <source>That computer cannot be brought back: while it was marked as gone, invoicing moved to another computer, so invoices it issued since may carry numbers given again. To use it again, join the practice from it as a new computer.</source>
        <translation>O computador escolhido não pode ser trazido de volta: enquanto estava marcado como perdido, a emissão de faturas passou para outro computador, então as faturas que ele emitiu desde então podem ter números usados de novo. Para usá-lo de novo, configure-o de novo como um computador novo.</translation>
    </message>
    <message>
        <source>does not fit the records on this computer (nothing of it was kept); CoachDesk tries again at each sync</source>
        <translation>não combina com os registros deste computador (nada dele foi mantido); o CoachDesk tenta de novo a cada sincronização</translation>
    </message>
    <message>
        <source>does not open with the practice&apos;s new pairing code: its computer still needs it (type it in Settings there), or the file is damaged</source>
        <translation type="vanished">não abre com o novo código de pareamento: o computador dele ainda precisa do código (digite-o nas Configurações de lá), ou o arquivo está danificado</translation>
    </message>
    <message>
        <source>written before its computer had the new pairing code: type the new code in Settings on that computer</source>
        <translation>escrito antes de o computador dele ter o novo código de pareamento: digite o novo código em Configurações nesse computador</translation>
    </message>
    <message>
        <source>written after a new pairing code made with an earlier version of CoachDesk: let the computer that made the code sync once, then this computer asks for it in Settings (or make a new pairing code on a computer not marked as gone)</source>
        <translation>escrito depois de um novo código de pareamento criado com uma versão anterior do CoachDesk: deixe o computador que criou o código sincronizar uma vez e este computador o pedirá em Configurações (ou crie um novo código de pareamento em um computador que não esteja marcado como perdido)</translation>
    </message>
    <message>
        <source>written after a new pairing code: type the new code in Settings</source>
        <translation>escrito depois de um novo código de pareamento: digite o novo código em Configurações</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
</context>
</TS>
