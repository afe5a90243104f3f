<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>part of the vault is damaged</source>
        <translation>parte de la caja fuerte está dañada</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>no se pudo leer o escribir en el disco</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be written</source>
        <translation>no se pudo escribir el archivo de la caja fuerte</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be opened</source>
        <translation>no se pudo abrir el archivo de la caja fuerte</translation>
    </message>
    <message>
        <source>the vault was busy</source>
        <translation>la caja fuerte estaba ocupada</translation>
    </message>
    <message>
        <source>a change broke one of the vault&apos;s rules</source>
        <translation>un cambio incumplió una de las reglas de la caja fuerte</translation>
    </message>
    <message>
        <source>the vault reported error %1</source>
        <translation>la caja fuerte informó del error %1</translation>
    </message>
    <message>
        <source>Discard what you typed for %1? It has not been saved.</source>
        <translation>¿Descartar lo que escribió en %1? No se ha guardado.</translation>
    </message>
    <message>
        <source>Remove the hidden characters: “%1”</source>
        <translation>Quite los caracteres ocultos: “%1”</translation>
    </message>
    <message>
        <source>“Coaching session” only (nothing of the client)</source>
        <translation>Solo “Sesión de coaching” (nada del cliente)</translation>
    </message>
    <message>
        <source>Add the client&apos;s initials</source>
        <translation>Añadir las iniciales del cliente</translation>
    </message>
    <message>
        <source>Add the client&apos;s name</source>
        <translation>Añadir el nombre del cliente</translation>
    </message>
    <message>
        <source>Give the session&apos;s place</source>
        <translation>Indicar el lugar de la sesión</translation>
    </message>
    <message>
        <source>Calendars sync to their provider&apos;s servers and to every device you use, and may be shared with an assistant or family. An initial or a name there is a client&apos;s name outside your encrypted vault, and a place (a client&apos;s office or home) can say who it is as plainly: choose them only if you need them.</source>
        <translation>Los calendarios se sincronizan con los servidores de su proveedor y con cada dispositivo que usa, y pueden compartirse con un asistente o con la familia. Una inicial o un nombre allí es el nombre de un cliente fuera de su caja fuerte cifrada, y un lugar (la oficina o el domicilio de un cliente) puede decir de quién se trata con la misma claridad: elíjalos solo si los necesita.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Archivo de calendario</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Events say</source>
        <translation>Los eventos muestran</translation>
    </message>
    <message>
        <source>Your sessions from a month ago on, for any calendar (Apple, Google, Outlook, Thunderbird). Import the file again after changes: each session keeps its identity, so events are updated, not doubled, and cancelled ones are struck out. Times are in %1. Nothing from your notes, goals or fees is in it.</source>
        <translation>Sus sesiones desde hace un mes en adelante, para cualquier calendario (Apple, Google, Outlook, Thunderbird). Vuelva a importar el archivo después de cambios: cada sesión conserva su identidad, así que los eventos se actualizan, no se duplican, y los cancelados aparecen tachados. Las horas están en %1. No contiene nada de sus notas, objetivos ni tarifas.</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Nothing was exported: no file was chosen.</source>
        <translation>No se exportó nada: no se eligió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (sessions: %n). This export is recorded.</source>
        <translation>
            <numerusform>Guardado en %1 (sesiones: %n). Esta exportación queda registrada.</numerusform>
            <numerusform>Guardado en %1 (sesiones: %n). Esta exportación queda registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Añadir un curso</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>este curso</translation>
    </message>
    <message>
        <source>e.g. Coaching ethics in practice</source>
        <translation>p. ej., Ética del coaching en la práctica</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Quién lo impartió</translation>
    </message>
    <message>
        <source> h (CCE units)</source>
        <translation> h (unidades CCE)</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Competencias clave</translation>
    </message>
    <message>
        <source>Coaching ethics (counts as core competencies too)</source>
        <translation>Ética del coaching (cuenta también como competencias clave)</translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Desarrollo de recursos</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Sin certificado</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>E&amp;legir archivo…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Curso</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Proveedor</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
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
        <translation>Elija el certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Certificados (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CoachDesk could not read %1 (%2). Choose the file again.</source>
        <translation>CoachDesk no pudo leer %1 (%2). Vuelva a elegir el archivo.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ej., ella, él, elle</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>&amp;Dirección postal</translation>
    </message>
    <message>
        <source>Optional, for invoices: street, town, postcode, country, one a line</source>
        <translation>Opcional, para las facturas: calle, localidad, código postal, país, uno por línea</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>May be na&amp;med in my credential log, agreed on</source>
        <translation>Puede no&amp;mbrarse en mi registro de coaching; acordado el</translation>
    </message>
    <message>
        <source>Naming agreed on</source>
        <translation>Aceptó figurar con su nombre el</translation>
    </message>
    <message>
        <source>Credential log entry</source>
        <translation>Entrada del registro de coaching</translation>
    </message>
    <message>
        <source>this log entry</source>
        <translation>esta entrada del registro</translation>
    </message>
    <message>
        <source>%1 agreed to be named in my credential log</source>
        <translation>%1 aceptó figurar con su nombre en mi registro de coaching</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Coaching individual</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Coaching de grupo</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>As the fee says: paid</source>
        <translation>Según la tarifa: remunerado</translation>
    </message>
    <message>
        <source>As the fee says: pro bono (no fee)</source>
        <translation>Según la tarifa: pro bono (sin tarifa)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Remunerado</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>A fee of 0 is pro bono, any other fee is paid (a sponsor&apos;s payment included). Choose here when this engagement is otherwise.</source>
        <translation>Una tarifa de 0 es pro bono; cualquier otra tarifa es remunerada (incluido el pago de un patrocinador). Elija aquí si este proceso es distinto.</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>&amp;Acordado el</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Coaching</translation>
    </message>
    <message>
        <source>&amp;Hours are</source>
        <translation>&amp;Las horas son</translation>
    </message>
    <message>
        <source>Without the client&apos;s agreement the log lists them as a confidential client, with the sponsor contact&apos;s email where there is one.</source>
        <translation>Sin el consentimiento del cliente, el registro lo muestra como cliente confidencial, con el correo electrónico del contacto del patrocinador si lo hay.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>esta factura</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Your address and contact are not in Settings → Invoices yet: the invoice will carry only your name. Add them there first if it should carry them.</source>
        <translation>Su dirección y datos de contacto aún no están en Ajustes → Facturas: la factura solo llevará su nombre. Añádalos allí primero si debe llevarlos.</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>e.g. VAT or Sales tax</source>
        <translation>p. ej., IVA o impuesto sobre ventas</translation>
    </message>
    <message>
        <source>No tax line</source>
        <translation>Sin línea de impuesto</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Dates, minutes and sums only: no notes, goals or places. The number is given when you issue the invoice; it is never changed or reused (a mistake is voided, and stays on the list as voided).</source>
        <translation>Solo fechas, minutos e importes: ni notas, ni objetivos, ni lugares. El número se asigna al emitir la factura; nunca se cambia ni se reutiliza (una factura errónea se anula y sigue en la lista como anulada).</translation>
    </message>
    <message>
        <source>Every held or missed session of this client is already on an invoice (a package billed whole bills its sessions). Sessions appear here once they are held.</source>
        <translation>Cada sesión realizada o perdida de este cliente ya está en una factura (un paquete facturado entero factura sus sesiones). Las sesiones aparecen aquí en cuanto se realizan.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Proceso</translation>
    </message>
    <message>
        <source>&amp;Bill to</source>
        <translation>&amp;Facturar a</translation>
    </message>
    <message>
        <source>For the &amp;attention of</source>
        <translation>A la &amp;atención de</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>Fec&amp;ha de factura</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>&amp;Impuesto</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>%1 (the sponsor)</source>
        <translation>%1 (el patrocinador)</translation>
    </message>
    <message numerus="yes">
        <source>Bill the whole package now: %n sessions for %1</source>
        <translation>
            <numerusform>Facturar ahora el paquete entero: %n sesión para %1</numerusform>
            <numerusform>Facturar ahora el paquete entero: %n sesiones para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <source>Billed to the client, not the sponsor. %1</source>
        <translation>Facturado al cliente, no al patrocinador. %1</translation>
    </message>
    <message>
        <source>The sponsor has no postal address yet: the invoice will go without one. Add it on the sponsor&apos;s page first if it should carry one.</source>
        <translation>El patrocinador aún no tiene dirección postal: la factura saldrá sin ella. Si debe llevarla, añádala antes en la página del patrocinador.</translation>
    </message>
    <message>
        <source>No postal address for this client yet: the invoice will go without one. Add it with Edit details on the client&apos;s page first if it should carry one.</source>
        <translation>Este cliente aún no tiene dirección postal: la factura saldrá sin ella. Si debe llevarla, añádala antes con Editar datos en la página del cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %n</source>
        <translation>
            <numerusform>Sesiones: %n</numerusform>
            <numerusform>Sesiones: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>El paquete entero</translation>
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
        <translation>Marcar como pagada</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Pagada el</translation>
    </message>
    <message>
        <source>Invoice %1, %2, due %3.</source>
        <translation>Factura %1, %2, vence el %3.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Anular factura</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>e.g. Wrong address; issued again as the next number</source>
        <translation>p. ej., Dirección errónea; emitida de nuevo con el número siguiente</translation>
    </message>
    <message>
        <source>Log a data-protection request</source>
        <translation>Registrar una solicitud de protección de datos</translation>
    </message>
    <message>
        <source>this request</source>
        <translation>esta solicitud</translation>
    </message>
    <message>
        <source>Log request</source>
        <translation>Registrar solicitud</translation>
    </message>
    <message>
        <source>e.g. passport seen on a video call</source>
        <translation>p. ej., pasaporte visto en una videollamada</translation>
    </message>
    <message>
        <source>From %1. The deadline is one month after the day it arrived; you may extend it once by two months, telling the client why.</source>
        <translation>De %1. El plazo vence un mes después del día en que llegó; puede ampliarlo una vez en dos meses, explicándole el motivo al cliente.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitud</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Re&amp;cibida el</translation>
    </message>
    <message>
        <source>&amp;Identity checked</source>
        <translation>&amp;Identidad comprobada</translation>
    </message>
    <message>
        <source>&amp;Note on the check</source>
        <translation>&amp;Nota sobre la comprobación</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identidad comprobada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Ampliar el plazo</translation>
    </message>
    <message>
        <source>this extension</source>
        <translation>esta ampliación</translation>
    </message>
    <message>
        <source>Extend by two months</source>
        <translation>Ampliar dos meses</translation>
    </message>
    <message>
        <source>e.g. records across three engagements to go through</source>
        <translation>p. ej., datos de tres procesos que hay que revisar</translation>
    </message>
    <message>
        <source>Due on %1 (%2). Extended, it is due on %3. Tell the client within the first month, with this reason.</source>
        <translation>Vence el %1 (%2). Con la ampliación, vence el %3. Informe al cliente dentro del primer mes, con este motivo.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Registrar el resultado</translation>
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
        <translation>p. ej., corregí su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Sent as disclosure D-%1.</source>
        <translation>Enviado como comunicación D-%1.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Res&amp;pondida el</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Invoice %1 stays on the list under its number, marked voided, and nothing is due on it. This cannot be undone. Its sessions can go on a new invoice, which takes the next number.</source>
        <translation>La factura %1 sigue en la lista con su número, marcada como anulada, y no se debe nada por ella. Esto no se puede deshacer. Sus sesiones pueden ir en una factura nueva, que recibe el número siguiente.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Missed (the client did not come)</source>
        <translation>Perdida (el cliente no vino)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
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
        <translation>En línea, la oficina del cliente, …</translation>
    </message>
    <message>
        <source>As the session keeps it. The engagement&apos;s fee: %1</source>
        <translation>Tal como figura en la sesión. Tarifa del proceso: %1</translation>
    </message>
    <message>
        <source>its fee, or the engagement&apos;s word</source>
        <translation>su tarifa, o lo que indique el proceso</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, minutes or status. Its time of day and place may change.</source>
        <translation>Esta sesión está en la factura %1: anule primero la factura para cambiar su fecha, sus minutos o su estado. Su hora y su lugar sí pueden cambiar.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Esta sesión está en la factura %1: anule primero la factura para marcarla como pro bono.</translation>
    </message>
    <message>
        <source>The minutes of a held session are the ones the tax export shows.</source>
        <translation>Los minutos de una sesión realizada son los que muestra la exportación fiscal.</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Registro de coaching</translation>
    </message>
    <message>
        <source>Pro bono: %1 not charged</source>
        <translation>Pro bono: %1 sin cobrar</translation>
    </message>
    <message>
        <source>A held or missed session has already happened: change its date, or mark it planned.</source>
        <translation>Una sesión realizada o perdida ya ocurrió: cambie su fecha o márquela como planificada.</translation>
    </message>
    <message>
        <source>End of session</source>
        <translation>Fin de la sesión</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Dejarla como está</translation>
    </message>
    <message>
        <source>&amp;Back to the note</source>
        <translation>&amp;Volver a la nota</translation>
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
        <translation>Minutos a guardar</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Realizada</translation>
    </message>
    <message>
        <source>M&amp;issed (the client did not come)</source>
        <translation>&amp;Perdida (el cliente no acudió)</translation>
    </message>
    <message>
        <source>&amp;Discard: started by mistake</source>
        <translation>&amp;Descartar: empezada por error</translation>
    </message>
    <message>
        <source>Nothing was written: the session is removed, and the audit log keeps that it was discarded.</source>
        <translation>No se escribió nada: la sesión se elimina y el registro de auditoría guarda que se descartó.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medidos</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificados</translation>
    </message>
    <message>
        <source>&amp;Minutes to keep</source>
        <translation>&amp;Minutos a guardar</translation>
    </message>
    <message>
        <source>The session was</source>
        <translation>La sesión fue</translation>
    </message>
    <message>
        <source>The minutes kept here are the ones the tax export shows. A missed session keeps its planned minutes.</source>
        <translation>Los minutos guardados aquí son los que muestra la exportación fiscal. Una sesión perdida conserva sus minutos planificados.</translation>
    </message>
    <message>
        <source>CoachDesk locked at %1 while your session with %2 (%3) was open.</source>
        <translation>CoachDesk bloqueó la caja fuerte a las %1 mientras su sesión con %2 (%3) estaba abierta.</translation>
    </message>
    <message>
        <source>CoachDesk was closed at %1 while your session with %2 (%3) was open.</source>
        <translation>CoachDesk se cerró a las %1 mientras su sesión con %2 (%3) estaba abierta.</translation>
    </message>
    <message numerus="yes">
        <source>Your note was saved. The session was kept as held for %n min, as measured (planned: %1 min).</source>
        <translation>
            <numerusform>Su nota se guardó. La sesión se guardó como realizada con %n min, según lo medido (planificado: %1 min).</numerusform>
            <numerusform>Su nota se guardó. La sesión se guardó como realizada con %n min, según lo medido (planificado: %1 min).</numerusform>
        </translation>
    </message>
    <message>
        <source>Review it now to correct the minutes, or to mark it missed? You can also change it later: Edit session… on the client&apos;s Sessions tab.</source>
        <translation>¿Revisarla ahora para corregir los minutos o marcarla como perdida? También puede cambiarla más tarde: Editar sesión… en la pestaña Sesiones del cliente.</translation>
    </message>
    <message>
        <source>A session was cut short</source>
        <translation>Una sesión se interrumpió</translation>
    </message>
    <message>
        <source>Review the session…</source>
        <translation>Revisar la sesión…</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Dejarla como está</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation>p. ej., Acme S.A.</translation>
    </message>
    <message>
        <source>&amp;Billing name</source>
        <translation>&amp;Nombre de facturación</translation>
    </message>
    <message>
        <source>who invoices go to</source>
        <translation>a quién van las facturas</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Street, town, postcode, country: one a line</source>
        <translation>Calle, ciudad, código postal, país: uno por línea</translation>
    </message>
    <message>
        <source>New sponsor</source>
        <translation>Nuevo patrocinador</translation>
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
        <translation>p. ej., Responsable de RR. HH.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CoachDesk could not write %1 (%2). Nothing was exported.</source>
        <translation>CoachDesk no pudo escribir %1 (%2). No se exportó nada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No file manager answered. The file is in %1</source>
        <translation>Ningún gestor de archivos respondió. El archivo está en %1</translation>
    </message>
    <message>
        <source>No app to open it answered. The file is in %1</source>
        <translation>Ninguna aplicación respondió para abrirlo. El archivo está en %1</translation>
    </message>
    <message>
        <source>Closed when CoachDesk locked, with changes that were not saved: %1. Those changes need entering again.</source>
        <translation>Se cerró cuando CoachDesk bloqueó la caja fuerte, con cambios sin guardar: %1. Esos cambios deben introducirse de nuevo.</translation>
    </message>
    <message>
        <source>What was saved before is safe.</source>
        <translation>Lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>A note was not saved</source>
        <translation>Una nota no se guardó</translation>
    </message>
    <message>
        <source>Unsaved changes were discarded</source>
        <translation>Se descartaron cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 per session</source>
        <translation>%1 por sesión</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the engagement (planned sessions: %n)</source>
        <translation>
            <numerusform>%1 por todo el proceso (sesiones planificadas: %n)</numerusform>
            <numerusform>%1 por todo el proceso (sesiones planificadas: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the engagement</source>
        <translation>%1 por todo el proceso</translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n), to be used by %2</source>
        <translation>
            <numerusform>%1 por un paquete (sesiones: %n), a usar antes del %2</numerusform>
            <numerusform>%1 por un paquete (sesiones: %n), a usar antes del %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n)</source>
        <translation>
            <numerusform>%1 por un paquete (sesiones: %n)</numerusform>
            <numerusform>%1 por un paquete (sesiones: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fee basis to confirm</source>
        <translation>%1: base de la tarifa por confirmar</translation>
    </message>
    <message numerus="yes">
        <source>In all: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>En total: %1 (sesiones planificadas: %n)</numerusform>
            <numerusform>En total: %1 (sesiones planificadas: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Parte por sesión: %1 (sesiones planificadas: %n)</numerusform>
            <numerusform>Parte por sesión: %1 (sesiones planificadas: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No number of sessions planned: sessions carry no share of the fee.</source>
        <translation>No hay un número de sesiones planificado: las sesiones no llevan parte de la tarifa.</translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (sessions in the package: %n)</source>
        <translation>
            <numerusform>Parte por sesión: %1 (sesiones del paquete: %n)</numerusform>
            <numerusform>Parte por sesión: %1 (sesiones del paquete: %n)</numerusform>
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
            <numerusform> (y %n pro bono)</numerusform>
            <numerusform> (y %n pro bono)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every session of the package is used.</source>
        <translation>Todas las sesiones del paquete están usadas.</translation>
    </message>
    <message>
        <source>The last session is booked.</source>
        <translation>La última sesión está reservada.</translation>
    </message>
    <message numerus="yes">
        <source>Booked beyond the package: %n more than it holds.</source>
        <translation>
            <numerusform>Reservas más allá del paquete: %n más de las que incluye.</numerusform>
            <numerusform>Reservas más allá del paquete: %n más de las que incluye.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last day is today.</source>
        <translation>Su último día es hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>Su último día es el %1 (días restantes: %n).</numerusform>
            <numerusform>Su último día es el %1 (días restantes: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its last day was %1; sessions unused: %n.</source>
        <translation>
            <numerusform>Su último día fue el %1; sesiones sin usar: %n.</numerusform>
            <numerusform>Su último día fue el %1; sesiones sin usar: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions used</source>
        <translation>Todas las sesiones usadas</translation>
    </message>
    <message>
        <source>Booked beyond it</source>
        <translation>Reservas de más</translation>
    </message>
    <message>
        <source>Last session booked</source>
        <translation>Última sesión reservada</translation>
    </message>
    <message>
        <source>Last day near</source>
        <translation>Último día cerca</translation>
    </message>
    <message>
        <source>Last day passed</source>
        <translation>Último día pasado</translation>
    </message>
    <message numerus="yes">
        <source>Last day: %1 (days left: %n)</source>
        <translation>
            <numerusform>Último día: %1 (días restantes: %n)</numerusform>
            <numerusform>Último día: %1 (días restantes: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>vence el %1, vencida</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>escrita el %1</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecha</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>pagada el %1</translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation>anulada el %1</translation>
    </message>
    <message>
        <source>Issued %1 · %2</source>
        <translation>Emitida el %1 · %2</translation>
    </message>
    <message>
        <source>a payment recorded %1 on this computer was set aside: refund it or put it on a new invoice</source>
        <translation>un pago registrado el %1 en este equipo se apartó: reembólselo o inclúyalo en una nueva factura</translation>
    </message>
    <message>
        <source>a payment recorded %1 on computer %2 was set aside: refund it or put it on a new invoice</source>
        <translation>un pago registrado el %1 en el equipo %2 se apartó: reembólselo o inclúyalo en una nueva factura</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nueva &amp;factura…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Mark pai&amp;d…</source>
        <translation>Marcar como pa&amp;gada…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>No invoices yet.
An invoice bills held sessions: their dates, minutes and fees, never what was said. Numbers run on without a gap each year.</source>
        <translation>Aún no hay facturas.
Una factura cobra las sesiones realizadas: sus fechas, minutos y tarifas, nunca lo que se dijo. La numeración es correlativa, sin saltos, cada año.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Nueva factura…</translation>
    </message>
    <message>
        <source>Mark un&amp;paid</source>
        <translation>Marcar como no &amp;pagada</translation>
    </message>
    <message>
        <source>Invoice %1 issued. Save its PDF to send it.</source>
        <translation>Factura %1 emitida. Guarde su PDF para enviarla.</translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation>Guardar la factura</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2. This export is recorded.</source>
        <translation>Factura %1 guardada en %2. Esta exportación queda registrada.</translation>
    </message>
    <message>
        <source>Mark unpaid</source>
        <translation>Marcar como no pagada</translation>
    </message>
    <message>
        <source>Mark invoice %1 unpaid again? Its payment on %2 is forgotten.</source>
        <translation>¿Marcar la factura %1 como no pagada otra vez? Se olvida su pago del %2.</translation>
    </message>
    <message>
        <source>Invoice %1 marked paid.</source>
        <translation>Factura %1 marcada como pagada.</translation>
    </message>
    <message>
        <source>Invoice %1 voided.</source>
        <translation>Factura %1 anulada.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>No sponsor: the client pays</source>
        <translation>Sin patrocinador: paga el cliente</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paquete: %1</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Tarifa %1</translation>
    </message>
    <message>
        <source>Sessions planned: %1</source>
        <translation>Sesiones planificadas: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Aún no hay objetivos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · private reflection</source>
        <translation> · reflexión privada</translation>
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
        <translation>Pro bono: no se factura</translation>
    </message>
    <message>
        <source>Signed by %1 of %2</source>
        <translation>Firmado por %1 de %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>For %1 · %2 to %3</source>
        <translation>Para %1 · %2 a %3</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Próxima sesión: %1</translation>
    </message>
    <message>
        <source>No session planned</source>
        <translation>Ninguna sesión planificada</translation>
    </message>
    <message>
        <source>Last held: %1</source>
        <translation>Última realizada: %1</translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation>Ninguna realizada aún</translation>
    </message>
    <message>
        <source>Approved %1, %2</source>
        <translation>Aprobado el %1, %2</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta el %1</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>El informe: %1.</translation>
    </message>
    <message>
        <source>Item %1 “%2”: %3.</source>
        <translation>Punto %1 «%2»: %3.</translation>
    </message>
    <message>
        <source>Exported D-%1</source>
        <translation>Exportado D-%1</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Listo para exportar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 de %n aprobado</numerusform>
            <numerusform>%1 de %n aprobados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n struck, nothing to send</source>
        <translation>
            <numerusform>%n tachado, nada que enviar</numerusform>
            <numerusform>%n tachados, nada que enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in it yet</source>
        <translation>Aún no contiene nada</translation>
    </message>
    <message>
        <source>changed since it was sent</source>
        <translation>cambiado desde que se envió</translation>
    </message>
    <message numerus="yes">
        <source>%n struck by the client</source>
        <translation>
            <numerusform>%n tachado por el cliente</numerusform>
            <numerusform>%n tachados por el cliente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can leave yet:</source>
        <translation>Aún no puede salir nada:</translation>
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
        <translation>Finalidad: %1</translation>
    </message>
    <message>
        <source>Print &amp;in:</source>
        <translation>&amp;Idioma de impresión:</translation>
    </message>
    <message>
        <source>Print in</source>
        <translation>Idioma de impresión</translation>
    </message>
    <message>
        <source>The language of CoachDesk&apos;s words in the report and its release form: headings, labels, session facts and dates. The client&apos;s words print as they were approved.</source>
        <translation>El idioma de las palabras de CoachDesk en el informe y en su formulario de autorización: títulos, etiquetas, datos de las sesiones y fechas. Las palabras del cliente se imprimen tal como se aprobaron.</translation>
    </message>
    <message>
        <source>Print in another language</source>
        <translation>Imprimir en otro idioma</translation>
    </message>
    <message>
        <source>The client approved this report printed in %1. Printed in %2, it needs their approval again before it can be sent.</source>
        <translation>El cliente aprobó este informe impreso en %1. Impreso en %2, necesita su aprobación de nuevo antes de poder enviarse.</translation>
    </message>
    <message>
        <source>Print in %1</source>
        <translation>Imprimir en %1</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Nothing has left the vault yet. Each report you export, and each legal export, is logged here: to whom, when, why, and the exact words.</source>
        <translation>Aún no ha salido nada de la caja fuerte. Cada informe que exporte, y cada exportación legal, queda registrado aquí: a quién, cuándo, por qué y las palabras exactas.</translation>
    </message>
    <message>
        <source>What left, to whom, and why</source>
        <translation>Qué salió, a quién y por qué</translation>
    </message>
    <message>
        <source>Access request bundle</source>
        <translation>Paquete de acceso</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>When: %1 UTC</source>
        <translation type="vanished">Cuándo: %1 UTC</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Sobre: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base jurídica: %1</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>SHA-256 del archivo: %1</translation>
    </message>
    <message>
        <source>Printed in: %1</source>
        <translation>Impreso en: %1</translation>
    </message>
    <message>
        <source>Session facts sent (as the agreement allows):</source>
        <translation>Datos de sesión enviados (según permite el acuerdo):</translation>
    </message>
    <message numerus="yes">
        <source>The exact words sent (%n passage(s)):</source>
        <translation>
            <numerusform>Las palabras exactas enviadas (%n pasaje):</numerusform>
            <numerusform>Las palabras exactas enviadas (%n pasajes):</numerusform>
        </translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation>Lo que les dijo</translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation>La solicitud elegida</translation>
    </message>
    <message>
        <source>No sponsor requests logged. When a sponsor asks what happens in the coaching, log it here: you see what the agreement lets them receive, and record how you answered.</source>
        <translation>No hay solicitudes de patrocinadores registradas. Cuando un patrocinador pregunte qué ocurre en el coaching, regístrelo aquí: verá lo que el acuerdo le permite recibir y anotará cómo respondió.</translation>
    </message>
    <message>
        <source>Log a request…</source>
        <translation>Registrar una solicitud…</translation>
    </message>
    <message>
        <source>Your address and contact, as invoices show them</source>
        <translation>Su dirección y contacto, tal como aparecen en las facturas</translation>
    </message>
    <message>
        <source>VAT, GST or tax number</source>
        <translation>Número de IVA o número fiscal</translation>
    </message>
    <message>
        <source>e.g. VAT</source>
        <translation>p. ej., IVA</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Bank account, or how clients pay you</source>
        <translation>Cuenta bancaria, o cómo le pagan sus clientes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Your &amp;details</source>
        <translation>Sus &amp;datos</translation>
    </message>
    <message>
        <source>Ta&amp;x number</source>
        <translation>Número &amp;fiscal</translation>
    </message>
    <message>
        <source>Tax &amp;line</source>
        <translation>&amp;Línea de impuesto</translation>
    </message>
    <message>
        <source>Days to &amp;pay</source>
        <translation>Días para &amp;pagar</translation>
    </message>
    <message>
        <source>How to pa&amp;y</source>
        <translation>Forma de pa&amp;go</translation>
    </message>
    <message>
        <source>Copied onto each invoice as it is issued: a change here never alters an invoice already issued.</source>
        <translation>Se copia en cada factura al emitirla: un cambio aquí nunca altera una factura ya emitida.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Quitar plantilla</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>El nombre de la plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>The template&apos;s sections</source>
        <translation>Las secciones de la plantilla</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Quién puede verla</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta guía</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Añadir &amp;sección</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Quitar sección</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Guardar &amp;plantilla</translation>
    </message>
    <message>
        <source>A session&apos;s notes start from a template. Each section says who may see what is written in it, and is kept as a note of its own. The coach&apos;s reflection is yours alone, always.</source>
        <translation>Las notas de una sesión parten de una plantilla. Cada sección indica quién puede ver lo que se escribe en ella y se guarda como una nota propia. La reflexión del coach es solo suya, siempre.</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Plantillas de notas</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection: coach only, always</source>
        <translation>La reflexión del coach: solo coach, siempre</translation>
    </message>
    <message>
        <source>(new template)</source>
        <translation>(nueva plantilla)</translation>
    </message>
    <message>
        <source>Saved. New sessions can start from it.</source>
        <translation>Guardada. Las sesiones nuevas pueden partir de ella.</translation>
    </message>
    <message>
        <source>Removed. Notes written with it keep their sections.</source>
        <translation>Quitada. Las notas escritas con ella conservan sus secciones.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %1 · kept %n year(s), until %2</source>
        <translation>
            <numerusform>Terminó el %1 · se conserva %n año, hasta el %2</numerusform>
            <numerusform>Terminó el %1 · se conserva %n años, hasta el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Conservación vencida</translation>
    </message>
    <message>
        <source>%1 · running since %2</source>
        <translation>%1 · en curso desde el %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>%1 · waiting for: %2</source>
        <translation>%1 · a la espera de: %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1 (%2)</source>
        <translation>termina el %1 (%2)</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code.</source>
        <translation>Para restaurar su copia de seguridad más reciente, escriba su código de recuperación.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key. To restore your newest backup, type your recovery code.</source>
        <translation>El llavero de este equipo no guarda la clave de su caja fuerte. Para restaurar su copia de seguridad más reciente, escriba su código de recuperación.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Checking the backup made %1…</source>
        <translation>Comprobando la copia de seguridad del %1…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>Replace everything in your vault with the backup made %1? What you changed since it was made will be gone from the vault. The backup checked out; your vault as it is now is kept, encrypted, in the vault&apos;s folder, so this can be undone.</source>
        <translation>¿Reemplazar todo lo que hay en su caja fuerte por la copia de seguridad del %1? Lo que haya cambiado desde entonces desaparecerá de la caja fuerte. La copia está intacta; su caja fuerte tal como está ahora se conserva, cifrada, en la carpeta de la caja fuerte, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>Your vault will then open with the passphrase that was in use when the backup was made, or with the recovery code you typed.</source>
        <translation>Después, su caja fuerte se abrirá con la frase de contraseña que se usaba cuando se hizo la copia, o con el código de recuperación que escribió.</translation>
    </message>
    <message>
        <source>Your vault will then open with the key of this backup: the recovery code you typed is the one to keep.</source>
        <translation>Después, su caja fuerte se abrirá con la clave de esta copia: el código de recuperación que escribió es el que debe conservar.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Identity not checked</source>
        <translation>Identidad no comprobada</translation>
    </message>
    <message>
        <source>Record it in the requests log: Data protection → Requests log → Identity checked…</source>
        <translation>Regístrelo en el registro de solicitudes: Protección de datos → Registro de solicitudes → Identidad comprobada…</translation>
    </message>
    <message>
        <source>Request logged: due on %1.</source>
        <translation>Solicitud registrada: vence el %1.</translation>
    </message>
    <message>
        <source>Save the access bundle (PDF; the JSON file goes beside it)</source>
        <translation>Guardar el paquete de acceso (PDF; el archivo JSON se guarda junto a él)</translation>
    </message>
    <message>
        <source>Nothing was sent: no file was chosen.</source>
        <translation>No se envió nada: no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Paquete guardado</translation>
    </message>
    <message>
        <source>The PDF and the JSON file were saved, and logged as disclosure D-%1. Once the client has both, record the access request as done today?</source>
        <translation>El PDF y el archivo JSON se guardaron y se registraron como comunicación D-%1. Cuando el cliente tenga ambos, ¿registrar hoy la solicitud de acceso como atendida?</translation>
    </message>
    <message>
        <source>Record as done</source>
        <translation>Registrar como atendida</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation>Archivos guardados</translation>
    </message>
    <message>
        <source>Saved %1 and the CSV file beside it. Once the client has them, record the portability request as done today?</source>
        <translation>Se guardó %1 y el archivo CSV junto a él. Cuando el cliente los tenga, ¿registrar hoy la solicitud de portabilidad como atendida?</translation>
    </message>
    <message>
        <source>Save the client&apos;s data (JSON; the CSV file goes beside it)</source>
        <translation>Guardar los datos del cliente (JSON; el archivo CSV se guarda junto a él)</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before erasing the records.</source>
        <translation>Cierre las notas abiertas de este cliente antes de suprimir sus datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), kept whole for the tax office</source>
        <translation>
            <numerusform>%n factura, conservada entera para la administración tributaria</numerusform>
            <numerusform>%n facturas, conservadas enteras para la administración tributaria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the dates, lengths and fees of %n session(s)</source>
        <translation>
            <numerusform>las fechas, duraciones y tarifas de %n sesión</numerusform>
            <numerusform>las fechas, duraciones y tarifas de %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the disclosure log, without their words</source>
        <translation>
            <numerusform>%n entrada del registro de comunicaciones, sin su texto</numerusform>
            <numerusform>%n entradas del registro de comunicaciones, sin su texto</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the client&apos;s records</source>
        <translation>Suprimir los datos del cliente</translation>
    </message>
    <message>
        <source>Erase %1&apos;s records from the vault and from every backup in your backup folder? This cannot be undone. The law requires keeping: %2. The receipt says so.</source>
        <translation>¿Suprimir los datos de %1 de la caja fuerte y de todas las copias de su carpeta de copias? Esto no se puede deshacer. La ley obliga a conservar: %2. La constancia lo indica.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Erase the records</source>
        <translation>Suprimir los datos</translation>
    </message>
    <message>
        <source>Erasing the records…</source>
        <translation>Suprimiendo los datos…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>No suprimidos</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Guardar la constancia de supresión</translation>
    </message>
    <message>
        <source>Erasure receipt saved.</source>
        <translation>Constancia de supresión guardada.</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Guardar el registro de actividades de tratamiento</translation>
    </message>
    <message>
        <source>Nothing was saved: no file was chosen.</source>
        <translation>No se guardó nada: no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Record of processing saved to %1.</source>
        <translation>Registro de actividades de tratamiento guardado en %1.</translation>
    </message>
    <message>
        <source>Restoring the backup made %1…</source>
        <translation>Restaurando la copia de seguridad del %1…</translation>
    </message>
    <message>
        <source>Unlock your vault as usual to carry on.</source>
        <translation>Desbloquee su caja fuerte como siempre para continuar.</translation>
    </message>
    <message>
        <source>Your vault now holds the records of the backup made %1.</source>
        <translation>Su caja fuerte contiene ahora los datos de la copia de seguridad del %1.</translation>
    </message>
    <message>
        <source>The vault as it was before is kept, encrypted, in the vault&apos;s folder as %1.</source>
        <translation>La caja fuerte tal como estaba antes se conserva, cifrada, en la carpeta de la caja fuerte como %1.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring.</source>
        <translation>Su clave se guarda ahora en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>El llavero de este equipo no pudo guardar su clave (%1) Mientras no pueda, CoachDesk le pedirá su código de recuperación en cada inicio.</translation>
    </message>
    <message>
        <source>This computer now syncs as a new computer of the practice: the numbers it gives from now on carry the letter %1. What it had sent to the sync folder after the backup was made comes back from there.</source>
        <translation>Este equipo se sincroniza ahora como un equipo nuevo de la práctica: los números que asigne a partir de ahora llevan la letra %1. Lo que había enviado a la carpeta de sincronización después de la copia de seguridad vuelve desde allí.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Choose a new passphrase?</source>
        <translation>¿Elegir una nueva frase de contraseña?</translation>
    </message>
    <message>
        <source>Your vault now opens with the passphrase that was in use when the backup was made. If you do not remember it, choose a new one now: the recovery code you typed stands in for it.</source>
        <translation>Su caja fuerte se abre ahora con la frase de contraseña que se usaba cuando se hizo la copia. Si no la recuerda, elija una nueva ahora: el código de recuperación que escribió la sustituye.</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elegir una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>, always</source>
        <translation>, siempre</translation>
    </message>
    <message>
        <source>Who may see this note</source>
        <translation>Quién puede ver esta nota</translation>
    </message>
    <message>
        <source>Who may see this note. A sponsor sees words from it only in a report the client approved.</source>
        <translation>Quién puede ver esta nota. Un patrocinador solo ve palabras de ella en un informe que el cliente aprobó.</translation>
    </message>
    <message>
        <source>&amp;Who may see it:</source>
        <translation>&amp;Quién puede verla:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves on to the next control.</source>
        <translation>Ctrl+Tab pasa al siguiente control.</translation>
    </message>
    <message>
        <source>Write your note. Everything saves by itself.</source>
        <translation>Escriba su nota. Todo se guarda solo.</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Escriba mientras escucha. Todo se guarda solo.</translation>
    </message>
    <message>
        <source>The note&apos;s sections</source>
        <translation>Las secciones de la nota</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Página:</translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>No guardado: %1 Todo lo que escribió sigue aquí y se guardará solo en cuanto se pueda.</translation>
    </message>
    <message>
        <source>Not saved (%2): %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>No guardado (%2): %1 Todo lo que escribió sigue aquí y se guardará solo en cuanto se pueda.</translation>
    </message>
    <message>
        <source>Who may see the note: %1</source>
        <translation>Quién puede ver la nota: %1</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de nota</translation>
    </message>
    <message>
        <source>One page, no sections</source>
        <translation>Una página, sin secciones</translation>
    </message>
    <message>
        <source>The page this note starts from. It can change until you write the first word.</source>
        <translation>La página de la que parte esta nota. Puede cambiarla hasta que escriba la primera palabra.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecha: %1</translation>
    </message>
    <message>
        <source>handwritten signature</source>
        <translation>firma manuscrita</translation>
    </message>
    <message>
        <source>electronic signature</source>
        <translation>firma electrónica</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Signature: ______________________________     Date: ________________</source>
        <translation>Firma: ______________________________     Fecha: ________________</translation>
    </message>
    <message>
        <source>Between  </source>
        <translation>Entre  </translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Signed for the sponsor by %1 on %2 (%3).</source>
        <translation>Firmado en nombre del patrocinador por %1 el %2 (%3).</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (%3).</source>
        <translation>Firmado por %1 el %2 (%3).</translation>
    </message>
    <message>
        <source>Name: ______________________________</source>
        <translation>Nombre: ______________________________</translation>
    </message>
    <message>
        <source>Title: ______________________________</source>
        <translation>Cargo: ______________________________</translation>
    </message>
    <message>
        <source>Printed from CoachDesk on %1 for signing. Each printing is recorded in the coach&apos;s records.</source>
        <translation>Impreso desde CoachDesk el %1 para su firma. Cada impresión queda registrada en los registros del coach.</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Acuerdo de coaching</translation>
    </message>
    <message>
        <source>PREVIEW, not a disclosure · %1</source>
        <translation>VISTA PREVIA, no es una comunicación · %1</translation>
    </message>
    <message>
        <source>Disclosure %1 · exported from CoachDesk on %2</source>
        <translation>Comunicación %1 · exportada desde CoachDesk el %2</translation>
    </message>
    <message>
        <source>Coaching progress report</source>
        <translation>Informe de avance del coaching</translation>
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
        <translation>Acceso a sus datos (art. 15)</translation>
    </message>
    <message>
        <source>A copy to take elsewhere (portability, Art. 20)</source>
        <translation>Una copia para llevar a otro lugar (portabilidad, art. 20)</translation>
    </message>
    <message>
        <source>Correction (Art. 16)</source>
        <translation>Rectificación (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Supresión (art. 17)</translation>
    </message>
    <message>
        <source>Objection to a use of their data (Art. 21)</source>
        <translation>Oposición a un uso de sus datos (art. 21)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilidad</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rectificación</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Supresión</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Oposición</translation>
    </message>
    <message>
        <source>Asked in person, by the client I know</source>
        <translation>Solicitada en persona, por el cliente al que conozco</translation>
    </message>
    <message>
        <source>From the email or phone the client gave me</source>
        <translation>Desde el correo electrónico o el teléfono que me dio el cliente</translation>
    </message>
    <message>
        <source>An identity document was shown</source>
        <translation>Se mostró un documento de identidad</translation>
    </message>
    <message>
        <source>I called the client back to confirm</source>
        <translation>Devolví la llamada al cliente para confirmarlo</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Done in part</source>
        <translation>Atendida en parte</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Withdrawn by the client</source>
        <translation>Retirada por el cliente</translation>
    </message>
    <message>
        <source>It would reveal another person&apos;s information (such as a sponsor&apos;s own words)</source>
        <translation>Revelaría información de otra persona (como las propias palabras de un patrocinador)</translation>
    </message>
    <message>
        <source>The coach&apos;s own reflections, which the law lets me keep back</source>
        <translation>Las reflexiones propias del coach, que la ley me permite reservarme</translation>
    </message>
    <message>
        <source>Needed to establish or defend a legal claim</source>
        <translation>Necesario para formular o defender una reclamación</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>What a sponsor asked about you</source>
        <translation>Lo que un patrocinador preguntó sobre usted</translation>
    </message>
    <message>
        <source>Words sent to others</source>
        <translation>Textos enviados a otros</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>In the client&apos;s approved words</source>
        <translation>Con las palabras aprobadas por el cliente</translation>
    </message>
    <message>
        <source>Each passage below was read and approved by the client, word for word, for this recipient.</source>
        <translation>Cada pasaje siguiente fue leído y aprobado por el cliente, palabra por palabra, para este destinatario.</translation>
    </message>
    <message>
        <source>Approved %1, %2.</source>
        <translation>Aprobado el %1, %2.</translation>
    </message>
    <message>
        <source>This report holds only passages the client approved word for word for its recipient, and the session facts the coaching agreement allows. It is confidential to its recipient; please do not pass it on.</source>
        <translation>Este informe contiene solo pasajes que el cliente aprobó palabra por palabra para su destinatario, y los datos de sesión que permite el acuerdo de coaching. Es confidencial para su destinatario; por favor, no lo reenvíe.</translation>
    </message>
    <message>
        <source>my coach</source>
        <translation>mi coach</translation>
    </message>
    <message>
        <source>Permission to share coaching information</source>
        <translation>Autorización para compartir información del coaching</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts and the passages, word for word.</source>
        <translation>Yo, %1, autorizo a %2 a enviar a %3 el informe que figura a continuación, exactamente como está impreso aquí: quién lo recibe, su finalidad y su período, los datos de sesión y los pasajes, palabra por palabra.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts.</source>
        <translation>Yo, %1, autorizo a %2 a enviar a %3 el informe que figura a continuación, exactamente como está impreso aquí: quién lo recibe, su finalidad y su período, y los datos de sesión.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period and the passages, word for word.</source>
        <translation>Yo, %1, autorizo a %2 a enviar a %3 el informe que figura a continuación, exactamente como está impreso aquí: quién lo recibe, su finalidad y su período, y los pasajes, palabra por palabra.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period.</source>
        <translation>Yo, %1, autorizo a %2 a enviar a %3 el informe que figura a continuación, exactamente como está impreso aquí: quién lo recibe, su finalidad y su período.</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>El informe tal como se enviará  ·  código del informe %1</translation>
    </message>
    <message>
        <source>The session facts above come from the session records, as our coaching agreement allows (as recorded on %1). Nothing else from my coaching is shared.</source>
        <translation>Los datos de sesión anteriores proceden de los registros de las sesiones, como permite nuestro acuerdo de coaching (según consta el %1). No se comparte nada más de mi coaching.</translation>
    </message>
    <message>
        <source>No session facts are sent. Nothing else from my coaching is shared.</source>
        <translation>No se envía ningún dato de sesión. No se comparte nada más de mi coaching.</translation>
    </message>
    <message>
        <source>I may strike out any passage before signing. I may withdraw this permission at any time by telling my coach; passages not yet sent will then not be sent. If the purpose, the period, the facts or the recipient change, I will be asked again.</source>
        <translation>Puedo tachar cualquier pasaje antes de firmar. Puedo retirar esta autorización en cualquier momento avisando a mi coach; los pasajes aún no enviados ya no se enviarán. Si cambian la finalidad, el período, los datos o el destinatario, se me volverá a preguntar.</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Pasaje %1  ·  código del texto %2</translation>
    </message>
    <message>
        <source>Approved [  ]     Struck out [  ]</source>
        <translation>Aprobado [  ]     Tachado [  ]</translation>
    </message>
    <message>
        <source>Expires on (optional): ________________</source>
        <translation>Vence el (opcional): ________________</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <source>Release form printed from CoachDesk on %1</source>
        <translation>Formulario de autorización impreso desde CoachDesk el %1</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Constancia de consentimiento</translation>
    </message>
    <message>
        <source>%1: %2; signed by %3 on %4 (%5)</source>
        <translation>%1: %2; firmado por %3 el %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2; not signed</source>
        <translation>%1: %2; sin firmar</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; done on %5)</source>
        <translation>%1: %2 (de quién es la tarea: %3; vence: %4; hecha el %5)</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; open)</source>
        <translation>%1: %2 (de quién es la tarea: %3; vence: %4; abierta)</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2: %3): %4</source>
        <translation>Código del texto %1 (aprobación retirada el %2: %3): %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2): %3</source>
        <translation>Código del texto %1 (aprobación retirada el %2): %3</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Constancia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Your coach (who keeps your record)</source>
        <translation>Su coach (quien lleva su expediente)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Puede compartirse con</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>How you approved</source>
        <translation>Cómo lo aprobó</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Approval ends</source>
        <translation>Fin de la aprobación</translation>
    </message>
    <message>
        <source>when you withdraw it</source>
        <translation>cuando usted la retire</translation>
    </message>
    <message>
        <source>Signed form kept</source>
        <translation>Formulario firmado conservado</translation>
    </message>
    <message>
        <source>yes, encrypted with your record</source>
        <translation>sí, cifrado con su expediente</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>You withdrew this approval on %1: nothing in it is sent any more.</source>
        <translation>Usted retiró esta aprobación el %1: ya no se envía nada de ella.</translation>
    </message>
    <message>
        <source>The report as you approved it (report code %1)</source>
        <translation>El informe tal como lo aprobó (código del informe %1)</translation>
    </message>
    <message>
        <source>The exact words you approved</source>
        <translation>El texto exacto que aprobó</translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation>Cómo retirarla</translation>
    </message>
    <message>
        <source>Nothing else from your coaching is shared: not your session notes, and nothing you have not approved word for word.</source>
        <translation>No se comparte nada más de su coaching: ni sus notas de sesión, ni nada que usted no haya aprobado palabra por palabra.</translation>
    </message>
    <message>
        <source>Consent receipt %1</source>
        <translation>Constancia de consentimiento %1</translation>
    </message>
    <message>
        <source>Consent receipt %1 · CoachDesk</source>
        <translation>Constancia de consentimiento %1 · CoachDesk</translation>
    </message>
    <message>
        <source>Complete client record: legal release</source>
        <translation>Expediente completo del cliente: entrega legal</translation>
    </message>
    <message>
        <source>Released under a legal obligation or at the client&apos;s own request. This is not a sponsor report.</source>
        <translation>Entregado por una obligación legal o a petición del propio cliente. No es un informe para el patrocinador.</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Generado el</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation>%1: del %2 al %3 (%4)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="vanished">sin firmar</translation>
    </message>
    <message>
        <source>What the sponsor may receive: </source>
        <translation>Lo que el patrocinador puede recibir: </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>not confirmed (nothing is sent)</source>
        <translation>sin confirmar (no se envía nada)</translation>
    </message>
    <message>
        <source>Records kept %1 years; disposal: %2</source>
        <translation>Datos conservados %1 años; eliminación: %2</translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation>%1, %2 min, %3</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>coach&apos;s private note</source>
        <translation>nota privada del coach</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>%1 (%2), as it stands (saved %3)</source>
        <translation>%1 (%2), en su estado actual (guardada el %3)</translation>
    </message>
    <message>
        <source>Earlier version, saved %1</source>
        <translation>Versión anterior, guardada el %1</translation>
    </message>
    <message>
        <source>open)</source>
        <translation type="vanished">abierta)</translation>
    </message>
    <message>
        <source>Excerpts written for sponsors</source>
        <translation>Extractos redactados para patrocinadores</translation>
    </message>
    <message>
        <source>Reports to sponsors</source>
        <translation>Informes para patrocinadores</translation>
    </message>
    <message>
        <source>To %1: %2 (%3 to %4)</source>
        <translation>Para %1: %2 (del %3 al %4)</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>Elemento %1 (%2): %3</translation>
    </message>
    <message>
        <source>Approvals given, with the words approved</source>
        <translation>Aprobaciones dadas, con el texto aprobado</translation>
    </message>
    <message>
        <source>%1: %2, by %3, for %4; purpose: %5</source>
        <translation>%1: %2, por %3, para %4; finalidad: %5</translation>
    </message>
    <message>
        <source>the sponsor</source>
        <translation>el patrocinador</translation>
    </message>
    <message>
        <source>; until %1</source>
        <translation>; hasta el %1</translation>
    </message>
    <message>
        <source>; signed form kept</source>
        <translation>; formulario firmado conservado</translation>
    </message>
    <message>
        <source>The report as approved (report code %1): %2</source>
        <translation>El informe tal como se aprobó (código del informe %1): %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retirada el %1</translation>
    </message>
    <message>
        <source>(approved before CoachDesk kept the approved words)</source>
        <translation>(aprobada antes de que CoachDesk conservara el texto aprobado)</translation>
    </message>
    <message>
        <source>Words code %1: %2</source>
        <translation>Código del texto %1: %2</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2: %3): %4</source>
        <translation type="vanished">Código del texto %1 (aprobación retirada el %2: %3): %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2): %3</source>
        <translation type="vanished">Código del texto %1 (aprobación retirada el %2): %3</translation>
    </message>
    <message>
        <source>Signed forms kept (encrypted in the vault)</source>
        <translation>Formularios firmados conservados (cifrados en la caja fuerte)</translation>
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
        <translation>%1: %2 a %3 (D-%4); finalidad: %5</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>; base jurídica: %1</translation>
    </message>
    <message>
        <source>File SHA-256 %1</source>
        <translation>SHA-256 del archivo %1</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Solicitudes de patrocinadores</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún sin respuesta.</translation>
    </message>
    <message>
        <source>Answered on %1: %2</source>
        <translation>Respondida el %1: %2</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Respondida: %1</translation>
    </message>
    <message>
        <source>Client record (legal release)</source>
        <translation>Expediente del cliente (entrega legal)</translation>
    </message>
    <message>
        <source> · legal release</source>
        <translation> · entrega legal</translation>
    </message>
    <message>
        <source>What was shared about you</source>
        <translation>Lo que se compartió sobre usted</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3.</source>
        <translation>Preparado para %1 por %2 el %3.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>su coach</translation>
    </message>
    <message>
        <source>Nothing from your coaching has been shared with anyone.</source>
        <translation>No se ha compartido nada de su coaching con nadie.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: del %2 al %3</translation>
    </message>
    <message>
        <source>Purpose: %1 · Legal basis: %2</source>
        <translation>Finalidad: %1 · Base jurídica: %2</translation>
    </message>
    <message>
        <source>Facts from your session records, as your agreement allows: </source>
        <translation>Datos de sus registros de sesión, como permite su acuerdo: </translation>
    </message>
    <message>
        <source>Your consent receipts</source>
        <translation>Sus constancias de consentimiento</translation>
    </message>
    <message>
        <source>%1: approved %2 (%3) for %4</source>
        <translation>%1: aprobado el %2 (%3) para %4</translation>
    </message>
    <message>
        <source>Disposal receipt</source>
        <translation>Constancia de eliminación</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Datos de</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Eliminados el</translation>
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
        <translation>el coach</translation>
    </message>
    <message>
        <source>Removed from the vault</source>
        <translation>Quitado de la caja fuerte</translation>
    </message>
    <message>
        <source>The search index was rebuilt and the vault file compacted with secure deletion, so the removed words are not left in free space.</source>
        <translation>Se reconstruyó el índice de búsqueda y se compactó el archivo de la caja fuerte con borrado seguro, de modo que el texto quitado no queda en el espacio libre.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Sus datos personales</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3, in answer to your request of %4 (GDPR Art. 15).</source>
        <translation>Preparado para %1 por %2 el %3, en respuesta a su solicitud del %4 (art. 15 del RGPD).</translation>
    </message>
    <message>
        <source>Your coach&apos;s details: %1</source>
        <translation>Datos de su coach: %1</translation>
    </message>
    <message>
        <source>What is used, and what for</source>
        <translation>Qué se usa y para qué</translation>
    </message>
    <message>
        <source>Who received any of it</source>
        <translation>Quién recibió alguna parte</translation>
    </message>
    <message>
        <source>Nothing about you has been disclosed to anyone.</source>
        <translation>No se ha comunicado nada sobre usted a nadie.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Cuánto tiempo se conserva</translation>
    </message>
    <message>
        <source>No agreement names a period yet.</source>
        <translation>Ningún acuerdo indica todavía un período.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation>
            <numerusform>%n año después de que termine el proceso</numerusform>
            <numerusform>%n años después de que termine el proceso</numerusform>
        </translation>
    </message>
    <message>
        <source>no period named</source>
        <translation>sin período indicado</translation>
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translation>Qué se reservó y por qué</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s). %2</source>
        <translation>
            <numerusform>%1: %n elemento. %2</numerusform>
            <numerusform>%1: %n elementos. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The same data, for a computer to read, is in the JSON file sent with this one.</source>
        <translation>Los mismos datos, legibles por un equipo, están en el archivo JSON enviado con este.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Registro de actividades de tratamiento</translation>
    </message>
    <message>
        <source>GDPR Art. 30(1). Generated by CoachDesk from the practice on %1.</source>
        <translation>Art. 30, apdo. 1, del RGPD. Generado por CoachDesk a partir de la práctica el %1.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable del tratamiento</translation>
    </message>
    <message>
        <source>(your name is not set: Settings → Your name)</source>
        <translation>(su nombre no está configurado: Ajustes → Su nombre)</translation>
    </message>
    <message>
        <source>(your address and contact details are not set: Settings → Invoices → Your details)</source>
        <translation>(su dirección y sus datos de contacto no están configurados: Ajustes → Facturas → Sus datos)</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Finalidades del tratamiento</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Categorías de personas</translation>
    </message>
    <message numerus="yes">
        <source>Clients: %n (records held now)</source>
        <translation>
            <numerusform>Clientes: %n (expedientes conservados ahora)</numerusform>
            <numerusform>Clientes: %n (expedientes conservados ahora)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sponsors&apos; people (contacts): %n</source>
        <translation>
            <numerusform>Personas de los patrocinadores (contactos): %n</numerusform>
            <numerusform>Personas de los patrocinadores (contactos): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorías de datos personales</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Sponsors who pay for coaching, each receiving only what its agreement names and the words the client approved: %1</source>
        <translation>Patrocinadores que pagan el coaching, cada uno de los cuales recibe solo lo que indica su acuerdo y el texto aprobado por el cliente: %1</translation>
    </message>
    <message>
        <source>No sponsor pays for coaching: nothing is reported to anyone.</source>
        <translation>Ningún patrocinador paga el coaching: no se informa de nada a nadie.</translation>
    </message>
    <message numerus="yes">
        <source>Courts and authorities, only under a legal obligation (legal exports so far: %n)</source>
        <translation>
            <numerusform>Tribunales y autoridades, solo por una obligación legal (exportaciones legales hasta ahora: %n)</numerusform>
            <numerusform>Tribunales y autoridades, solo por una obligación legal (exportaciones legales hasta ahora: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers to other countries</source>
        <translation>Transferencias a otros países</translation>
    </message>
    <message>
        <source>The encrypted backups are synced to a cloud service: %1. They are encrypted before they leave this computer; the service never holds the key.</source>
        <translation>Las copias de seguridad cifradas se sincronizan con un servicio en la nube: %1. Se cifran antes de salir de este equipo; el servicio nunca tiene la clave.</translation>
    </message>
    <message>
        <source>None. The vault and its backups stay on this computer and drives the coach holds.</source>
        <translation>Ninguna. La caja fuerte y sus copias de seguridad permanecen en este equipo y en unidades que conserva el coach.</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Plazos de supresión</translation>
    </message>
    <message>
        <source>No agreement names a retention period yet.</source>
        <translation>Ningún acuerdo indica todavía un período de conservación.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) name no period: kept until the coach disposes of them</source>
        <translation>
            <numerusform>%n acuerdo no indica ningún período: los datos se conservan hasta que el coach los elimine</numerusform>
            <numerusform>%n acuerdos no indican ningún período: los datos se conservan hasta que el coach los elimine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1 years after the engagement ends, then disposed of (vault and backups) with a receipt</source>
        <translation>
            <numerusform>%n acuerdo: los datos se conservan %1 años después de que termine el proceso y después se eliminan (caja fuerte y copias) con una constancia</numerusform>
            <numerusform>%n acuerdos: los datos se conservan %1 años después de que termine el proceso y después se eliminan (caja fuerte y copias) con una constancia</numerusform>
        </translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Medidas técnicas y organizativas de seguridad</translation>
    </message>
    <message>
        <source>The key is kept in the operating system&apos;s keyring (%1); a recovery code, written down by the coach, replaces it</source>
        <translation>La clave se guarda en el llavero del sistema operativo (%1); un código de recuperación, anotado por el coach, la sustituye</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>el del sistema</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase the coach types at each unlock (PBKDF2-HMAC-SHA512); a recovery code, written down by the coach, replaces it</source>
        <translation>La clave se deriva de una frase de contraseña que el coach escribe en cada desbloqueo (PBKDF2-HMAC-SHA512); un código de recuperación, anotado por el coach, la sustituye</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n idle minute(s), and on demand</source>
        <translation>
            <numerusform>La caja fuerte se bloquea tras %n minuto de inactividad, y cuando se pide</numerusform>
            <numerusform>La caja fuerte se bloquea tras %n minutos de inactividad, y cuando se pide</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault locks on demand (no idle lock set)</source>
        <translation>La caja fuerte se bloquea cuando se pide (sin bloqueo por inactividad)</translation>
    </message>
    <message>
        <source>Encrypted backups (the vault&apos;s own key) to %1; daily: %2; each copy checked before it counts; rotated</source>
        <translation>Copias de seguridad cifradas (con la propia clave de la caja fuerte) en %1; diarias: %2; cada copia se comprueba antes de darla por válida; con rotación</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet</source>
        <translation>Aún no se ha elegido una carpeta de copias</translation>
    </message>
    <message numerus="yes">
        <source>Text copied out of CoachDesk leaves the clipboard after %n second(s) and at lock</source>
        <translation>
            <numerusform>El texto copiado fuera de CoachDesk sale del portapapeles tras %n segundo y al bloquear</numerusform>
            <numerusform>El texto copiado fuera de CoachDesk sale del portapapeles tras %n segundos y al bloquear</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing about a client is written to logs, temporary files or window titles; files written outside the vault are the coach&apos;s alone</source>
        <translation>Nada sobre un cliente se escribe en registros técnicos, archivos temporales ni títulos de ventana; los archivos escritos fuera de la caja fuerte quedan bajo la sola responsabilidad del coach</translation>
    </message>
    <message>
        <source>Every change is recorded in an audit trail; every disclosure is logged with the file&apos;s fingerprint</source>
        <translation>Cada cambio queda registrado en un historial de auditoría; cada comunicación se registra con la huella del archivo</translation>
    </message>
    <message>
        <source>Record of processing · %1</source>
        <translation>Registro de actividades de tratamiento · %1</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Constancia de supresión</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Solicitud recibida el</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Suprimidos el</translation>
    </message>
    <message>
        <source>Erasure receipt %1 · printed %2</source>
        <translation>Constancia de supresión %1 · impresa el %2</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No CoachDesk backups were found in the backup folder.</source>
        <translation>No se encontraron copias de seguridad de CoachDesk en la carpeta de copias.</translation>
    </message>
    <message>
        <source>Rewritten without this client and checked: %1</source>
        <translation>Reescrita sin este cliente y comprobada: %1</translation>
    </message>
    <message>
        <source>Deleted (it could not be rewritten): %1</source>
        <translation>Borrada (no se pudo reescribir): %1</translation>
    </message>
    <message>
        <source>Kept because the law requires it (legal hold)</source>
        <translation>Conservado porque la ley lo exige (conservación legal)</translation>
    </message>
    <message>
        <source>Invoices issued, kept whole for the tax office: %1</source>
        <translation>Facturas emitidas, conservadas enteras para la administración tributaria: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions&apos; dates, lengths and fees, without anything said (tax records): %n</source>
        <translation>
            <numerusform>Fechas, duraciones y tarifas de las sesiones, sin nada de lo dicho (registros fiscales): %n</numerusform>
            <numerusform>Fechas, duraciones y tarifas de las sesiones, sin nada de lo dicho (registros fiscales): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the disclosure log (who received a file, when, its fingerprint; not its words): %n</source>
        <translation>
            <numerusform>Entradas del registro de comunicaciones (quién recibió un archivo, cuándo, su huella; no su texto): %n</numerusform>
            <numerusform>Entradas del registro de comunicaciones (quién recibió un archivo, cuándo, su huella; no su texto): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This request&apos;s entry in the requests log (its dates and choices), to show it was answered.</source>
        <translation>La entrada de esta solicitud en el registro de solicitudes (sus fechas y opciones), para demostrar que se respondió.</translation>
    </message>
    <message>
        <source>Copies outside CoachDesk&apos;s vault and backup folder (files exported earlier, other backups) are not reached: dispose of those yourself.</source>
        <translation>Las copias fuera de la caja fuerte y de la carpeta de copias de CoachDesk (archivos exportados antes, otras copias de seguridad) no se alcanzan: elimínelas usted mismo.</translation>
    </message>
    <message>
        <source>Erasure receipt DR-%1 · printed %2</source>
        <translation type="vanished">Constancia de supresión DR-%1 · impresa el %2</translation>
    </message>
    <message>
        <source>Kept, without content</source>
        <translation>Conservado, sin contenido</translation>
    </message>
    <message>
        <source>Session dates, lengths and fees (tax records); the log of disclosures (who received a file, when, and its fingerprint, but not its words); this disposal&apos;s record (client number, kinds, counts, date, basis). Copies outside CoachDesk&apos;s vault and backup folder (files you exported, other backups) are not reached: dispose of those yourself.</source>
        <translation>Fechas, duraciones y tarifas de las sesiones (registros fiscales); el registro de comunicaciones (quién recibió un archivo, cuándo y su huella, pero no su texto); el registro de esta eliminación (número de cliente, tipos, cantidades, fecha, motivo). Las copias fuera de la caja fuerte y de la carpeta de copias de CoachDesk (archivos que exportó, otras copias de seguridad) no se alcanzan: elimínelas usted mismo.</translation>
    </message>
    <message>
        <source>Disposal receipt %1 · printed %2</source>
        <translation>Constancia de eliminación %1 · impresa el %2</translation>
    </message>
    <message>
        <source>Client coaching log</source>
        <translation>Registro de coaching de clientes</translation>
    </message>
    <message>
        <source>Toward the ICF %1 credential · printed %2</source>
        <translation>Hacia la credencial %1 de ICF · impreso el %2</translation>
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
        <translation>Horas en total</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Horas remuneradas</translation>
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
        <translation>Horas desde el %1 (18 meses)</translation>
    </message>
    <message>
        <source>No held sessions yet.</source>
        <translation>Aún no hay sesiones realizadas.</translation>
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
        <translation>Del %1 al %2 · remuneradas %3 h · pro bono %4 h</translation>
    </message>
    <message>
        <source>Clients who did not agree to be named are listed as confidential clients, with their sponsor&apos;s contact where there is one. Hours are held sessions only; no session content is in this log.</source>
        <translation>Los clientes que no aceptaron ser nombrados figuran como clientes confidenciales, con el contacto de su patrocinador cuando lo hay. Las horas son solo de sesiones realizadas; este registro no contiene nada del contenido de las sesiones.</translation>
    </message>
    <message>
        <source>Client coaching log · %1</source>
        <translation>Registro de coaching de clientes · %1</translation>
    </message>
    <message>
        <source>Whose action</source>
        <translation>De quién es la tarea</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Remove this action item</source>
        <translation>Quitar esta tarea</translation>
    </message>
    <message>
        <source>From last time</source>
        <translation>De la última vez</translation>
    </message>
    <message>
        <source>Still open. Tick what is done.</source>
        <translation>Aún pendientes. Marque lo que esté hecho.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>None yet. Add one below, or start a line with [ ] in a section the client sees.</source>
        <translation>Aún no hay ninguna. Añada una abajo, o empiece una línea con [ ] en una sección que vea el cliente.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Your key is in this computer&apos;s keyring again: CoachDesk opens without the recovery code next time.</source>
        <translation>Su clave vuelve a estar en el llavero de este equipo: la próxima vez CoachDesk se abrirá sin el código de recuperación.</translation>
    </message>
    <message>
        <source>You opened your vault with your recovery code. If you have forgotten your passphrase, choose a new one now; the code you just typed stands in for the current one.</source>
        <translation>Abrió su caja fuerte con su código de recuperación. Si ha olvidado su frase de contraseña, elija una nueva ahora; el código que acaba de escribir sustituye a la actual.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Su caja fuerte está dañada</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Some records may not open. Restore the newest backup that checks out? The damaged vault is kept beside it.</source>
        <translation>Una comprobación detectó que su caja fuerte está dañada: %1. Es posible que algunos datos no se abran. ¿Restaurar la copia intacta más reciente? La caja fuerte dañada se conserva junto a ella.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Make a copy of the vault&apos;s folder now, and choose a backup folder in Settings.</source>
        <translation>Una comprobación detectó que su caja fuerte está dañada: %1. Haga ahora una copia de la carpeta de la caja fuerte y elija una carpeta de copias en Ajustes.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restaurando su copia de seguridad intacta más reciente…</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept in the vault&apos;s folder.</source>
        <translation>Su caja fuerte contiene ahora la copia de seguridad del %1. La caja fuerte dañada se conserva en la carpeta de la caja fuerte.</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Haciendo copia… {percent} %</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2 MB)</source>
        <translation>Copia hecha y comprobada: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>CoachDesk will re-encrypt your vault with a new key and give you a new recovery code to write down. Your old code will no longer open the vault.</source>
        <translation>CoachDesk volverá a cifrar su caja fuerte con una clave nueva y le dará un nuevo código de recuperación para que lo anote. Su código anterior ya no abrirá la caja fuerte.</translation>
    </message>
    <message>
        <source>Carry on?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <source>Change the vault&apos;s key</source>
        <translation>Cambiar la clave de la caja fuerte</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Cambiar la clave</translation>
    </message>
    <message>
        <source>Changing your vault&apos;s key…</source>
        <translation>Cambiando la clave de su caja fuerte…</translation>
    </message>
    <message>
        <source>The key was not changed.</source>
        <translation>La clave no se cambió.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>&amp;Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Frase de contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Forgotten it? Your recovery code works too</source>
        <translation>¿La olvidó? Su código de recuperación también sirve</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>la frase de contraseña</translation>
    </message>
    <message>
        <source>CoachDesk then shows a new recovery code to write down, and the one you have stops working: your passphrase makes the vault&apos;s key, so a new passphrase is a new key.</source>
        <translation>Después, CoachDesk muestra un nuevo código de recuperación para que lo anote, y el que tiene deja de funcionar: su frase de contraseña genera la clave de la caja fuerte, así que una frase nueva es una clave nueva.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>Cambiar &amp;frase de contraseña</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>Aún sin cambiar</translation>
    </message>
    <message>
        <source>A backup is being made: change the passphrase once it has finished.</source>
        <translation>Se está haciendo una copia de seguridad: cambie la frase de contraseña cuando termine.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Cambiando su frase de contraseña…</translation>
    </message>
    <message>
        <source>The change may not have finished: if your old passphrase does not open the vault, your new one will.</source>
        <translation>Puede que el cambio no haya terminado: si su frase de contraseña anterior no abre la caja fuerte, la nueva sí lo hará.</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (a drive not connected?): the backups in it keep the old key, and {old} still opens them.</source>
        <translation>Su carpeta de copias de seguridad no está disponible ahora (¿una unidad sin conectar?): las copias que contiene conservan la clave anterior, y {old} todavía las abre.</translation>
    </message>
    <message>
        <source>Re-encrypted with the new key too, your backups no longer open with {old}.</source>
        <translation>Cifradas de nuevo también con la clave nueva, sus copias de seguridad ya no se abren con {old}.</translation>
    </message>
    <message>
        <source>your old passphrase or recovery code</source>
        <translation>su frase de contraseña o código de recuperación anterior</translation>
    </message>
    <message>
        <source>your old recovery code</source>
        <translation>su código de recuperación anterior</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups too (%n in the backup folder)</source>
        <translation>
            <numerusform>Volver a cifrar también las copias de seguridad (%n en la carpeta de copias)</numerusform>
            <numerusform>Volver a cifrar también las copias de seguridad (%n en la carpeta de copias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies that a sync service (Dropbox, OneDrive, iCloud Drive, Google Drive…) keeps in its own version history, and copies made elsewhere, are beyond CoachDesk&apos;s reach: delete them there if your old code may have been seen.</source>
        <translation>Las copias que un servicio de sincronización (Dropbox, OneDrive, iCloud Drive, Google Drive…) guarda en su propio historial de versiones, y las copias hechas en otros lugares, quedan fuera del alcance de CoachDesk: elimínelas allí si alguien pudo ver su código anterior.</translation>
    </message>
    <message numerus="yes">
        <source>Your vault has its new key. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Su caja fuerte tiene su clave nueva. Volviendo a cifrar con ella las copias de seguridad: {done} de %n hecha…</numerusform>
            <numerusform>Su caja fuerte tiene su clave nueva. Volviendo a cifrar con ella las copias de seguridad: {done} de %n hechas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock to carry on.</source>
        <translation>Desbloquee para continuar.</translation>
    </message>
    <message>
        <source>Some copies keep the old key</source>
        <translation>Algunas copias junto a su caja fuerte conservan la clave anterior</translation>
    </message>
    <message numerus="yes">
        <source>Copies kept beside your vault that could not be re-encrypted: %n. They were left as they were and open only with {old}: keep it for them, or delete them.</source>
        <translation>
            <numerusform>Copias guardadas junto a su caja fuerte que no se pudieron cifrar de nuevo: %n. Se dejaron como estaban y solo se abren con {old}: consérvelo para ellas, o elimínelas.</numerusform>
            <numerusform>Copias guardadas junto a su caja fuerte que no se pudieron cifrar de nuevo: %n. Se dejaron como estaban y solo se abren con {old}: consérvelo para ellas, o elimínelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your new passphrase and new recovery code open them; the old ones open none.</source>
        <translation>Su nueva frase de contraseña y su nuevo código de recuperación las abren; los anteriores no abren ninguna.</translation>
    </message>
    <message>
        <source>Your new recovery code opens them; the old one opens none.</source>
        <translation>Su nuevo código de recuperación las abre; el anterior no abre ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>Backups re-encrypted with the new key: %n.</source>
        <translation>
            <numerusform>Copias de seguridad cifradas de nuevo con la clave nueva: %n.</numerusform>
            <numerusform>Copias de seguridad cifradas de nuevo con la clave nueva: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Copias cifradas de nuevo</translation>
    </message>
    <message>
        <source>Your backup folder {folder} was not there (a drive not connected?), so its backups were not re-encrypted: {old} still opens them.</source>
        <translation>Su carpeta de copias de seguridad {folder} no estaba disponible (¿una unidad sin conectar?), así que sus copias no se cifraron de nuevo: {old} todavía las abre.</translation>
    </message>
    <message numerus="yes">
        <source>Backups not re-encrypted: %n. They were left as they were and may still open with {old}: delete them if it may have been seen, or keep it for them.</source>
        <translation>
            <numerusform>Copias de seguridad no cifradas de nuevo: %n. Se dejaron como estaban y puede que aún se abran con {old}: elimínelas si alguien pudo verlo, o consérvelo para ellas.</numerusform>
            <numerusform>Copias de seguridad no cifradas de nuevo: %n. Se dejaron como estaban y puede que aún se abran con {old}: elimínelas si alguien pudo verlo, o consérvelo para ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some backups keep the old key</source>
        <translation>Algunas copias conservan la clave anterior</translation>
    </message>
    <message>
        <source>Your vault has a new key, and its recovery code has not been confirmed as written down yet (a change was cut off, or CoachDesk closed while the code was on screen).</source>
        <translation>Su caja fuerte tiene una clave nueva, y aún no se ha confirmado que su código de recuperación esté anotado (se interrumpió un cambio, o CoachDesk se cerró mientras el código estaba en pantalla).</translation>
    </message>
    <message>
        <source>Your vault has a new key.</source>
        <translation>Su caja fuerte tiene una clave nueva.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it safe; the old one no longer opens your vault.</source>
        <translation>Anote este código de recuperación y guárdelo en un lugar seguro; el anterior ya no abre su caja fuerte.</translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation>Copias anteriores</translation>
    </message>
    <message numerus="yes">
        <source>Your %n older backup(s) still open with your old recovery code, not the new one. Keep the old code until they have rotated away. Make a backup with the new key now?</source>
        <translation>
            <numerusform>Su %n copia anterior todavía se abre con su código de recuperación anterior, no con el nuevo. Conserve el código anterior hasta que esa copia salga de la rotación. ¿Hacer ahora una copia con la clave nueva?</numerusform>
            <numerusform>Sus %n copias anteriores todavía se abren con su código de recuperación anterior, no con el nuevo. Conserve el código anterior hasta que esas copias salgan de la rotación. ¿Hacer ahora una copia con la clave nueva?</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>Acerca de CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk %1

A private, offline desk for coaches. Your records are kept in one encrypted file:
%2

SQLCipher %3</source>
        <translation>CoachDesk %1

Un escritorio privado y sin conexión para coaches. Sus datos se guardan en un único archivo cifrado:
%2

SQLCipher %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>Export &amp;calendar file (.ics)…</source>
        <translation>Exportar archivo de &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Arc&amp;hivar cliente</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Empezar sesión</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nueva &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planificar una sesión…</translation>
    </message>
    <message>
        <source>Back to all clients</source>
        <translation>Volver a todos los clientes</translation>
    </message>
    <message>
        <source>&amp;Disclosures and requests</source>
        <translation>&amp;Comunicaciones y solicitudes</translation>
    </message>
    <message>
        <source>&amp;Legal export of the whole record…</source>
        <translation>Exportación &amp;legal del expediente completo…</translation>
    </message>
    <message>
        <source>&amp;Packet for the client…</source>
        <translation>&amp;Dosier para el cliente…</translation>
    </message>
    <message>
        <source>Dispose of &amp;records…</source>
        <translation>Eliminar &amp;datos…</translation>
    </message>
    <message>
        <source>Data-protection re&amp;quest…</source>
        <translation>&amp;Solicitud de protección de datos…</translation>
    </message>
    <message>
        <source>&amp;Access request: review and send…</source>
        <translation>Solicitud de &amp;acceso: revisar y enviar…</translation>
    </message>
    <message>
        <source>Data p&amp;ortability export…</source>
        <translation>Exportación de p&amp;ortabilidad…</translation>
    </message>
    <message>
        <source>Erasure req&amp;uest…</source>
        <translation>Solicitud de s&amp;upresión…</translation>
    </message>
    <message>
        <source>&amp;Sponsors</source>
        <translation>&amp;Patrocinadores</translation>
    </message>
    <message>
        <source>&amp;New sponsor…</source>
        <translation>&amp;Nuevo patrocinador…</translation>
    </message>
    <message>
        <source>&amp;Edit sponsor…</source>
        <translation>&amp;Editar patrocinador…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Añadir &amp;contacto…</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>Ac&amp;uerdos</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nuevo acuerdo…</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>Editar &amp;texto…</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>Registrar &amp;firma…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Print to PDF for signing…</source>
        <translation>&amp;Imprimir en PDF para firmar…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>&amp;Write an item…</source>
        <translation>&amp;Redactar un elemento…</translation>
    </message>
    <message>
        <source>&amp;Lift words from a note…</source>
        <translation>&amp;Tomar texto de una nota…</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>Re&amp;visión con el cliente</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>&amp;Formulario de autorización…</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Registrar &amp;aprobación…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Log a sponsor&apos;s re&amp;quest…</source>
        <translation>Registrar una &amp;solicitud del patrocinador…</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>Protección de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Requests log…</source>
        <translation>&amp;Registro de solicitudes…</translation>
    </message>
    <message>
        <source>Record of &amp;processing (Art. 30)…</source>
        <translation>Registro de actividades de &amp;tratamiento (art. 30)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Historial de auditoría…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Acerca de CoachDesk</translation>
    </message>
    <message>
        <source>Edit report details…</source>
        <translation>Editar datos del informe…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Editar sesión…</translation>
    </message>
    <message>
        <source>Save the whole record</source>
        <translation>Guardar el expediente completo</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Expediente exportado</translation>
    </message>
    <message>
        <source>The whole record was saved and logged as disclosure %1.</source>
        <translation>El expediente completo se guardó y se registró como comunicación %1.</translation>
    </message>
    <message>
        <source>Save the packet for the client</source>
        <translation>Guardar el dosier para el cliente</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Packet saved</source>
        <translation>Dosier guardado</translation>
    </message>
    <message>
        <source>Saved to %1, and logged as disclosure %2.</source>
        <translation>Guardado en %1 y registrado como comunicación %2.</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Cierre primero las notas</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before disposing of the records.</source>
        <translation>Cierre las notas abiertas de este cliente antes de eliminar sus datos.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after %1</source>
        <translation>
            <numerusform>Se conserva %n año después del %1</numerusform>
            <numerusform>Se conserva %n años después del %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposing of the records…</source>
        <translation>Eliminando los datos…</translation>
    </message>
    <message>
        <source>Not disposed</source>
        <translation>No eliminados</translation>
    </message>
    <message>
        <source>Disposal failed (%1)</source>
        <translation>La eliminación falló (%1)</translation>
    </message>
    <message>
        <source>Finish the disposal</source>
        <translation>Terminar la eliminación</translation>
    </message>
    <message>
        <source>This client&apos;s records were removed from the vault. Go over the backups and kept copies again, so none of them holds anything of this client?</source>
        <translation>Los datos de este cliente se quitaron de la caja fuerte. ¿Revisar de nuevo las copias de seguridad y las copias conservadas, para que ninguna contenga nada de este cliente?</translation>
    </message>
    <message>
        <source>Save the disposal receipt</source>
        <translation>Guardar la constancia de eliminación</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Constancia no guardada</translation>
    </message>
    <message numerus="yes">
        <source>Items removed from the vault: %n.</source>
        <translation>
            <numerusform>Elementos quitados de la caja fuerte: %n.</numerusform>
            <numerusform>Elementos quitados de la caja fuerte: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups rewritten without them: %n.</source>
        <translation>
            <numerusform>Copias de seguridad reescritas sin ellos: %n.</numerusform>
            <numerusform>Copias de seguridad reescritas sin ellos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups that could not be rewritten, and were deleted: %n.</source>
        <translation>
            <numerusform>Copias de seguridad que no se pudieron reescribir y se borraron: %n.</numerusform>
            <numerusform>Copias de seguridad que no se pudieron reescribir y se borraron: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records disposed of</source>
        <translation>Datos eliminados</translation>
    </message>
    <message>
        <source>%1 CoachDesk</source>
        <translation type="vanished">CoachDesk: %1</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. %1 anyway and discard them?</source>
        <translation type="vanished">Un formulario tiene cambios sin guardar. ¿%1 de todos modos y descartarlos?</translation>
    </message>
    <message>
        <source>%1 and discard</source>
        <translation type="vanished">%1 y descartar</translation>
    </message>
    <message>
        <source>Lock CoachDesk</source>
        <translation>Bloquear CoachDesk</translation>
    </message>
    <message>
        <source>Lock and discard</source>
        <translation>Bloquear y descartar</translation>
    </message>
    <message>
        <source>Quit CoachDesk</source>
        <translation>Salir de CoachDesk</translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation>Salir y descartar</translation>
    </message>
    <message>
        <source>Change the key and discard</source>
        <translation>Cambiar la clave y descartar</translation>
    </message>
    <message>
        <source>Change the passphrase and discard</source>
        <translation>Cambiar la frase de contraseña y descartar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore and discard</source>
        <translation>Restaurar y descartar</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. If you go on, they are discarded.</source>
        <translation>Un formulario tiene cambios sin guardar. Si continúa, se descartarán.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>(client removed)</source>
        <translation>(cliente quitado)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>VOID: this invoice was voided on %1 (%2). Nothing is due on it.</source>
        <translation>ANULADA: esta factura se anuló el %1 (%2). No hay nada que pagar por ella.</translation>
    </message>
    <message>
        <source>Paid on %1. Thank you.</source>
        <translation>Pagada el %1. Gracias.</translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation>Número fiscal: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>For the attention of %1</source>
        <translation>A la atención de %1</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Fecha de factura</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
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
        <translation>Total a pagar</translation>
    </message>
    <message>
        <source>Please pay by %1, quoting invoice %2.</source>
        <translation>Por favor, pague antes del %1, indicando la factura %2.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Invoice %1 · CoachDesk</source>
        <translation>Factura %1 · CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk could not read “%1” (%2).</source>
        <translation>CoachDesk no pudo leer “%1” (%2).</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(nota vacía)</translation>
    </message>
    <message>
        <source>Open the requests &amp;log</source>
        <translation>Abrir el &amp;registro de solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>Data-protection requests to answer (%n): </source>
        <translation>
            <numerusform>Solicitudes de protección de datos por responder (%n): </numerusform>
            <numerusform>Solicitudes de protección de datos por responder (%n): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request: review what goes out</source>
        <translation>Solicitud de acceso: revise lo que se envía</translation>
    </message>
    <message>
        <source>this review</source>
        <translation>esta revisión</translation>
    </message>
    <message>
        <source>Make the bundle…</source>
        <translation>Preparar el paquete…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Goes out?</source>
        <translation>¿Se envía?</translation>
    </message>
    <message>
        <source>Untick to withhold it, then choose why.</source>
        <translation>Desmárquelo para reservarlo y luego elija el motivo.</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>Se envía</translation>
    </message>
    <message>
        <source>Items of the client&apos;s data</source>
        <translation>Elementos de los datos del cliente</translation>
    </message>
    <message>
        <source>The chosen item, as it will be printed</source>
        <translation>El elemento elegido, tal como se imprimirá</translation>
    </message>
    <message>
        <source>Choose why it is withheld…</source>
        <translation>Elija por qué se reserva…</translation>
    </message>
    <message>
        <source>Everything below goes to %1 in a PDF and a JSON file, unless you untick it. Withhold only what would reveal another person&apos;s information (a sponsor&apos;s own words) or what the law lets you keep back (your own reflections), and choose the reason: the client is told how many items were withheld from each part, and why.</source>
        <translation>Todo lo que figura a continuación se envía a %1 en un PDF y un archivo JSON, salvo que lo desmarque. Reserve solo lo que revelaría información de otra persona (las propias palabras de un patrocinador) o lo que la ley le permite reservarse (sus propias reflexiones), y elija el motivo: se informa al cliente de cuántos elementos se reservaron de cada parte y por qué.</translation>
    </message>
    <message>
        <source>&amp;Withheld because</source>
        <translation>&amp;Reservado porque</translation>
    </message>
    <message>
        <source>Withheld: choose why</source>
        <translation>Reservado: elija el motivo</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Reservado</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go out</source>
        <translation>
            <numerusform>Se envía %n elemento</numerusform>
            <numerusform>Se envían %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n reservado</numerusform>
            <numerusform>%n reservados</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose why the highlighted item is withheld, or tick it to send it.</source>
        <translation>Elija por qué se reserva el elemento resaltado, o márquelo para enviarlo.</translation>
    </message>
    <message>
        <source>Paid — as the engagement&apos;s log entry says</source>
        <translation>Remunerado — según la entrada del registro del proceso</translation>
    </message>
    <message>
        <source>Pro bono — as the engagement&apos;s log entry says</source>
        <translation>Pro bono — según la entrada del registro del proceso</translation>
    </message>
    <message>
        <source>Paid — from the session&apos;s fee</source>
        <translation>Remunerado — por la tarifa de la sesión</translation>
    </message>
    <message>
        <source>Pro bono — the session has no fee</source>
        <translation>Pro bono — la sesión no tiene tarifa</translation>
    </message>
    <message>
        <source>Paid — from the engagement&apos;s fee</source>
        <translation>Remunerado — por la tarifa del proceso</translation>
    </message>
    <message>
        <source>Pro bono — the engagement has no fee</source>
        <translation>Pro bono — el proceso no tiene tarifa</translation>
    </message>
    <message>
        <source>Paid or pro bono in the credential log</source>
        <translation>Remunerado o pro bono en el registro de coaching</translation>
    </message>
    <message>
        <source>Paid — for %1</source>
        <translation>Remunerado — para %1</translation>
    </message>
    <message>
        <source>Pro bono — for %1</source>
        <translation>Pro bono — para %1</translation>
    </message>
    <message>
        <source>Your choice for %1. Without it (the first line): %2.</source>
        <translation>Su elección para %1. Sin ella (la primera línea): %2.</translation>
    </message>
    <message>
        <source>Not chosen: it follows %1.</source>
        <translation>Sin elegir: se rige por %1.</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registro de actividades de tratamiento</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Your backups go to %1.</source>
        <translation>Sus copias de seguridad van a %1.</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet.</source>
        <translation>Aún no se ha elegido una carpeta de copias.</translation>
    </message>
    <message>
        <source>&amp;No: the vault and its backups stay on this computer and drives I hold</source>
        <translation>&amp;No: la caja fuerte y sus copias permanecen en este equipo y en unidades que yo conservo</translation>
    </message>
    <message>
        <source>&amp;Yes: the backup folder is synced to a cloud service</source>
        <translation>&amp;Sí: la carpeta de copias se sincroniza con un servicio en la nube</translation>
    </message>
    <message>
        <source>e.g. Nextcloud at my host, in Germany</source>
        <translation>p. ej., Nextcloud en mi proveedor, en Alemania</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>El servicio en la nube</translation>
    </message>
    <message>
        <source>CoachDesk writes the record from your practice: your details from Settings, the purposes, the people and data it holds, the sponsors who receive reports, the retention your agreements name and the vault&apos;s security as it runs. One thing it cannot see: %1 Are the backups synced to a cloud service (a transfer to a processor, perhaps abroad)?</source>
        <translation>CoachDesk redacta el registro a partir de su práctica: sus datos de Ajustes, las finalidades, las personas y los datos que contiene, los patrocinadores que reciben informes, la conservación que indican sus acuerdos y la seguridad de la caja fuerte tal como funciona. Hay algo que no puede ver: %1 ¿Se sincronizan las copias de seguridad con un servicio en la nube (una transferencia a un encargado del tratamiento, quizá en el extranjero)?</translation>
    </message>
    <message>
        <source>Backups in a cloud</source>
        <translation>Copias en la nube</translation>
    </message>
    <message>
        <source>Settings has no name for you yet</source>
        <translation>Ajustes aún no tiene su nombre</translation>
    </message>
    <message>
        <source>Settings has no address or contact details for you yet</source>
        <translation>Ajustes aún no tiene su dirección ni sus datos de contacto</translation>
    </message>
    <message>
        <source>Settings has neither your name nor your address and contact details yet</source>
        <translation>Ajustes aún no tiene ni su nombre ni su dirección y datos de contacto</translation>
    </message>
    <message>
        <source>The record names you as the controller with your contact details, as the law asks, but %1: the record would say they are missing. Add them in Settings: Your name, and Invoices → Your details.</source>
        <translation>El registro le nombra como responsable del tratamiento con sus datos de contacto, como pide la ley, pero %1: el registro indicaría que faltan. Añádalos en Ajustes: Su nombre, y Facturas → Sus datos.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Abrir &amp;Ajustes</translation>
    </message>
    <message>
        <source>Review and send the bundle…</source>
        <translation>Revisar y enviar el paquete…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Exportar los datos…</translation>
    </message>
    <message>
        <source>Carry out the erasure…</source>
        <translation>Realizar la supresión…</translation>
    </message>
    <message>
        <source>New data-protection request</source>
        <translation>Nueva solicitud de protección de datos</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Escriba o elija un nombre</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Siguiente…</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Which client made the request? Then say what they asked for, when it arrived and how you knew it was them.</source>
        <translation>¿Qué cliente hizo la solicitud? Después indique qué pidió, cuándo llegó y cómo comprobó que era esa persona.</translation>
    </message>
    <message>
        <source>There is no client yet: add the client first (Clients → New client).</source>
        <translation>Aún no hay ningún cliente: añada primero el cliente (Clientes → Nuevo cliente).</translation>
    </message>
    <message>
        <source>Choose a client from the list: no client is called that.</source>
        <translation>Elija un cliente de la lista: ningún cliente se llama así.</translation>
    </message>
    <message>
        <source>Data-protection requests</source>
        <translation>Solicitudes de protección de datos</translation>
    </message>
    <message>
        <source>No client has made a data-protection request. When one does, log it here with New request…</source>
        <translation>Ningún cliente ha hecho una solicitud de protección de datos. Cuando alguno la haga, regístrela aquí con Nueva solicitud…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Identity checked…</source>
        <translation>Identidad comprobada…</translation>
    </message>
    <message>
        <source>Extend the deadline…</source>
        <translation>Ampliar el plazo…</translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation>Registrar el resultado…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>Each request is due one month after it arrived; you may extend it once by two months, with a reason the client is told.</source>
        <translation>Cada solicitud vence un mes después de su llegada; puede ampliar el plazo una vez en dos meses, con un motivo que se comunica al cliente.</translation>
    </message>
    <message>
        <source>Received %1 · due %2</source>
        <translation>Recibida el %1 · vence el %2</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identidad: %1</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Ampliado el %1: %2</translation>
    </message>
    <message>
        <source>Bundle sent as disclosure D-%1</source>
        <translation>Paquete enviado como comunicación D-%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Coach and client</source>
        <translation>Coach y cliente</translation>
    </message>
    <message>
        <source>Three-party (with a sponsor)</source>
        <translation>Tripartito (con patrocinador)</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Idioma de la plantilla</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>El título del acuerdo</translation>
    </message>
    <message>
        <source>The template&apos;s clauses</source>
        <translation>Las cláusulas de la plantilla</translation>
    </message>
    <message>
        <source>The clause&apos;s heading</source>
        <translation>El título de la cláusula</translation>
    </message>
    <message>
        <source>The clause&apos;s words</source>
        <translation>El texto de la cláusula</translation>
    </message>
    <message>
        <source>Use CoachDesk&apos;s words</source>
        <translation>Usar el texto de CoachDesk</translation>
    </message>
    <message>
        <source>Save agreement template</source>
        <translation>Guardar plantilla de acuerdo</translation>
    </message>
    <message>
        <source>New agreements start from these words, in the language chosen for each. Braces mark what CoachDesk fills in, such as {client}; what it writes from the terms chosen ({fee_terms}, {missed_terms}, {sponsor_may_receive}) stays. Agreements already made keep their words.</source>
        <translation>Los acuerdos nuevos parten de este texto, en el idioma elegido para cada uno. Las llaves marcan lo que CoachDesk completa, como {client}; lo que escribe a partir de los términos elegidos ({fee_terms}, {missed_terms}, {sponsor_may_receive}) se mantiene. Los acuerdos ya creados conservan su texto.</translation>
    </message>
    <message>
        <source>Agreement templates</source>
        <translation>Plantillas de acuerdo</translation>
    </message>
    <message>
        <source>Saved. New agreements in this language start from it.</source>
        <translation>Guardada. Los acuerdos nuevos en este idioma parten de ella.</translation>
    </message>
    <message>
        <source>CoachDesk&apos;s words again. Agreements already made keep theirs.</source>
        <translation>De nuevo el texto de CoachDesk. Los acuerdos ya creados conservan el suyo.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The audit chain of “%1” does not check out at entry %2: entries were changed or removed after they were written.</source>
        <translation>La cadena del historial de auditoría de «%1» no cuadra en la entrada %2: se modificaron o eliminaron entradas después de escribirse.</translation>
    </message>
    <message>
        <source>Every computer&apos;s audit chain checks out.</source>
        <translation>La cadena del historial de auditoría de cada equipo cuadra.</translation>
    </message>
    <message>
        <source>The practice&apos;s first computer</source>
        <translation type="vanished">El primer equipo de la práctica</translation>
    </message>
    <message>
        <source>%1, written %2</source>
        <translation>%1, escrito el %2</translation>
    </message>
    <message>
        <source>the practice&apos;s first computer (its numbers carry no letter: D-000004)</source>
        <translation>el primer equipo de la práctica (sus números no llevan letra: D-000004)</translation>
    </message>
    <message>
        <source>computer %1 (its numbers carry its letter: D-%1000004)</source>
        <translation>el equipo %1 (sus números llevan su letra: D-%1000004)</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice from a synced folder”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation type="vanished">En el otro equipo:
1. Instale CoachDesk.
2. Elija “Unirse a una práctica desde una carpeta sincronizada”.
3. Elija esta misma carpeta, cuando su servicio de sincronización la haya copiado allí.
4. Escriba este código de emparejamiento:</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice I use on another computer”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation>En el otro equipo:
1. Instale CoachDesk.
2. Elija “Unirme a una práctica que uso en otro equipo”.
3. Elija esta misma carpeta, cuando su servicio de sincronización la haya copiado allí.
4. Escriba este código de emparejamiento:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <source>Use this practice on another computer</source>
        <translation>Usar esta práctica en otro equipo</translation>
    </message>
    <message>
        <source>Work on a second computer with the same practice: your own sync service (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud, or a USB stick you carry) keeps a folder in step, and CoachDesk writes small encrypted change files into it and reads the other computer&apos;s. CoachDesk itself sends nothing over the network. Each computer keeps its own vault: never put the vault&apos;s own folder in a synced folder.</source>
        <translation>Trabaje en un segundo equipo con la misma práctica: su propio servicio de sincronización (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud o una memoria USB que lleve consigo) mantiene una carpeta al día, y CoachDesk escribe en ella pequeños archivos de cambios cifrados y lee los del otro equipo. CoachDesk por sí mismo no envía nada por la red. Cada equipo conserva su propia caja fuerte: nunca ponga la carpeta de la caja fuerte en una carpeta sincronizada.</translation>
    </message>
    <message>
        <source>Choose the sync &amp;folder…</source>
        <translation>Elegir la &amp;carpeta de sincronización…</translation>
    </message>
    <message>
        <source>Show the &amp;pairing code</source>
        <translation>Mostrar el código de &amp;emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Hand invoicing to…</source>
        <translation>&amp;Pasar la facturación a…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so this computer cannot issue invoices.</source>
        <translation>Otro equipo de la práctica marcó este como que ya no está, así que este equipo no puede emitir facturas.</translation>
    </message>
    <message>
        <source>Invoicing was handed to %1: it issues the practice&apos;s invoices once this change has reached it. Until then, no computer issues invoices.</source>
        <translation>La facturación se pasó a %1: emite las facturas de la práctica en cuanto le llegue este cambio. Hasta entonces, ningún equipo emite facturas.</translation>
    </message>
    <message>
        <source>This computer issues the practice&apos;s invoices, so their numbers run without gaps.</source>
        <translation>Este equipo emite las facturas de la práctica, para que sus números sigan sin huecos.</translation>
    </message>
    <message>
        <source>Another computer issues the practice&apos;s invoices, so that their numbers run without gaps: %1. This computer cannot issue them.</source>
        <translation>Otro equipo emite las facturas de la práctica, para que sus números sigan sin huecos: %1. Este equipo no puede emitirlas.</translation>
    </message>
    <message>
        <source>a computer this one has not heard from yet</source>
        <translation>un equipo del que este aún no ha recibido nada</translation>
    </message>
    <message>
        <source>The practice&apos;s other computers are marked as gone: once a computer that joins the practice has synced with this one, you can hand invoicing to it.</source>
        <translation>Los demás equipos de la práctica están marcados como que ya no están: en cuanto un equipo que se una a la práctica se haya sincronizado con este, podrá pasarle la facturación.</translation>
    </message>
    <message>
        <source>No other computer has synced with this one yet: once its changes have arrived here, you can hand invoicing to it.</source>
        <translation>Ningún otro equipo se ha sincronizado todavía con este: en cuanto sus cambios lleguen aquí, podrá pasarle la facturación.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Writing the practice into the sync folder…</source>
        <translation>Escribiendo la práctica en la carpeta de sincronización…</translation>
    </message>
    <message>
        <source>This practice now syncs through the folder you chose.</source>
        <translation>Esta práctica se sincroniza ahora a través de la carpeta elegida.</translation>
    </message>
    <message>
        <source>Hide the &amp;pairing code</source>
        <translation>Ocultar el código de &amp;emparejamiento</translation>
    </message>
    <message>
        <source>On each other computer of this practice, open Settings and type this new pairing code where it asks for it. A computer that joins later uses it too:</source>
        <translation>En cada uno de los demás equipos de esta práctica, abra Ajustes y escriba este nuevo código de emparejamiento donde se le pida. Un equipo que se una más tarde también lo usa:</translation>
    </message>
    <message>
        <source>Hand invoicing over</source>
        <translation>Pasar la facturación</translation>
    </message>
    <message>
        <source>Which computer should issue the practice&apos;s invoices?</source>
        <translation>¿Qué equipo debe emitir las facturas de la práctica?</translation>
    </message>
    <message>
        <source>Hand invoicing over to:
%1

This computer stops issuing invoices now; the other starts once its sync service has brought it this change. Until then, no computer issues invoices.</source>
        <translation>Pasar la facturación a:
%1

Este equipo deja de emitir facturas ahora; el otro empieza en cuanto su servicio de sincronización le haya traído este cambio. Hasta entonces, ningún equipo emite facturas.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies: keep the vault in a folder no service syncs, and use Settings → Use this practice on another computer instead.</source>
        <translation type="vanished">La carpeta de su caja fuerte %1 la mantiene sincronizada %2. Un servicio de sincronización que copia el archivo de la caja fuerte en uso lo daña o lo divide en copias en conflicto: guarde la caja fuerte en una carpeta que ningún servicio sincronice y use en su lugar Ajustes → Usar esta práctica en otro equipo.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, the sync folder below is the safe way.</source>
        <translation>La carpeta de su caja fuerte %1 la mantiene sincronizada %2. Un servicio de sincronización que copia el archivo de la caja fuerte en uso lo daña o lo divide en copias en conflicto. Para mover la caja fuerte: cierre CoachDesk, mueva esta carpeta a una que ningún servicio sincronice e inicie CoachDesk con --home seguido del nuevo lugar de la carpeta. Para un segundo equipo, la carpeta de sincronización de abajo es el camino seguro.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, use Settings → Use this practice on another computer instead.</source>
        <translation>La carpeta de su caja fuerte %1 la mantiene sincronizada %2. Un servicio de sincronización que copia el archivo de la caja fuerte en uso lo daña o lo divide en copias en conflicto. Para mover la caja fuerte: cierre CoachDesk, mueva esta carpeta a una que ningún servicio sincronice e inicie CoachDesk con --home seguido del nuevo lugar de la carpeta. Para un segundo equipo, use en su lugar Ajustes → Usar esta práctica en otro equipo.</translation>
    </message>
    <message>
        <source>%1 keeps this folder in step, and a sync service copying the live vault file damages it. Better: cancel, and start CoachDesk with --home and a folder no service syncs.</source>
        <translation>%1 mantiene sincronizada esta carpeta, y un servicio de sincronización que copia el archivo de la caja fuerte en uso lo daña. Mejor: cancele e inicie CoachDesk con --home seguido de una carpeta que ningún servicio sincronice.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Last change arrived</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>The practice&apos;s computers</source>
        <translation>Los equipos de la práctica</translation>
    </message>
    <message>
        <source>Mark as &amp;gone…</source>
        <translation>Marcar que ya &amp;no está…</translation>
    </message>
    <message>
        <source>&amp;Not gone after all…</source>
        <translation>Al final &amp;sí está…</translation>
    </message>
    <message>
        <source>&amp;Take invoicing back…</source>
        <translation>&amp;Recuperar la facturación…</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (ya no está)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <source>%1; later changes not taken in</source>
        <translation type="vanished">%1; los cambios posteriores no se aceptan</translation>
    </message>
    <message>
        <source>Issues invoices once it has synced</source>
        <translation>Emite facturas en cuanto se sincronice</translation>
    </message>
    <message>
        <source>Issues invoices</source>
        <translation>Emite las facturas</translation>
    </message>
    <message>
        <source>%1 is marked as gone: what it sends is not taken in.</source>
        <translation>%1 está marcado como que ya no está: lo que envía no se acepta.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer on another one; else, to work here again, join the practice from a new vault.</source>
        <translation>Otro equipo marcó este como que ya no está: lo que cambie aquí ya no llega a los demás equipos de la práctica. Si fue un error, elija «Al final sí está…» para este equipo en otro; si no, para volver a trabajar aquí, únase a la práctica desde una caja fuerte nueva.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

Until you make a new pairing code, whoever has that computer can still read what the practice&apos;s computers write: for a lost or stolen computer, choose &quot;New pairing code…&quot; in Settings next.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation>¿Marcar %1 como un equipo que ya no volverá?

Hágalo con un equipo perdido, robado o borrado. Lo que envió y ya llegó se queda en la consulta. Lo que envíe a partir de ahora no se acepta en ningún equipo: para volver a usarlo, únase a la práctica desde él como un equipo nuevo. Los demás dejan de guardar archivos de cambios antiguos para él. Cada equipo de la práctica lo sabrá en su próxima sincronización.

Hasta que cree un nuevo código de emparejamiento, quien tenga ese equipo aún puede leer lo que escriben los equipos de la práctica: con un equipo perdido o robado, elija después «Nuevo código de emparejamiento…» en Ajustes.

Si lo encuentra, «Al final sí está…» lo deshace, salvo que la facturación haya pasado a otro equipo entretanto.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation type="vanished">¿Marcar %1 como un equipo que ya no volverá?

Hágalo con un equipo perdido, robado o borrado. Lo que envió y ya llegó se queda en la consulta. Lo que envíe a partir de ahora no se acepta en ningún equipo: para volver a usarlo, únase a la práctica desde él como un equipo nuevo. Los demás dejan de guardar archivos de cambios antiguos para él. Cada equipo de la práctica lo sabrá en su próxima sincronización.

Si lo encuentra, «Al final sí está…» lo deshace, salvo que la facturación haya pasado a otro equipo entretanto.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. To work on this computer again, join the practice from a new vault.</source>
        <translation type="vanished">Otro equipo marcó este como que ya no está: lo que cambie aquí ya no llega a los demás equipos de la práctica. Para volver a trabajar en este equipo, únase a la práctica desde una caja fuerte nueva.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: once they have, you can take invoicing back.</source>
        <translation>Algunos cambios que envió el equipo perdido aún no han llegado aquí: en cuanto lleguen, podrá recuperar la facturación.</translation>
    </message>
    <message>
        <source>A computer gone for good</source>
        <translation>Un equipo que no volverá</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

This cannot be undone.</source>
        <translation type="vanished">¿Marcar %1 como un equipo que ya no volverá?

Hágalo con un equipo perdido, robado o borrado. Lo que envió y ya llegó se queda en la consulta. Lo que envíe a partir de ahora no se acepta en ningún equipo: para volver a usarlo, únase a la práctica desde él como un equipo nuevo. Los demás dejan de guardar archivos de cambios antiguos para él. Cada equipo de la práctica lo sabrá en su próxima sincronización.

No se puede deshacer.</translation>
    </message>
    <message>
        <source>Mark as gone</source>
        <translation>Marcar que ya no está</translation>
    </message>
    <message>
        <source>Not gone after all</source>
        <translation>Al final sí está</translation>
    </message>
    <message>
        <source>Bring %1 back into the practice?

Do this if it was marked as gone by mistake or has been found again. At their next sync, every computer takes in what it sent, including what it changed while it was marked, and it syncs as before.</source>
        <translation>¿Volver a incluir %1 en la práctica?

Hágalo si se marcó como que ya no está por error o si apareció de nuevo. En su próxima sincronización, cada equipo acepta lo que envió, también lo que cambió mientras estaba marcado, y se sincroniza como antes.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Volver a incluirlo</translation>
    </message>
    <message>
        <source>Take invoicing back</source>
        <translation>Recuperar la facturación</translation>
    </message>
    <message>
        <source>Issue the practice&apos;s invoices on this computer?

%1, which issued them, is marked as gone. This computer numbers on after the last invoice number it holds: %2.

Before you issue one, compare that number with the last invoice you sent out (its PDF or paper copy): an invoice the lost computer issued but never synced is not here, and its number would be given again.

Take invoicing back on one computer only.</source>
        <translation>¿Emitir las facturas de la práctica en este equipo?

%1, que las emitía, está marcado como que ya no está. Este equipo sigue numerando después del último número de factura que tiene: %2.

Antes de emitir una, compare ese número con la última factura que envió (su PDF o su copia en papel): una factura que el equipo perdido emitió pero nunca sincronizó no está aquí, y su número se volvería a asignar.

Recupere la facturación en un solo equipo.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>a copy of a client&apos;s personal data</source>
        <translation>una copia de los datos personales de un cliente</translation>
    </message>
    <message>
        <source>a folder in your home folder</source>
        <translation>una carpeta dentro de su carpeta personal</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>An item chosen to withhold is no longer in the record. Look over the items again.</source>
        <translation>Un elemento elegido para reservar ya no está en el expediente. Revise los elementos de nuevo.</translation>
    </message>
    <message>
        <source>Choose a reason for each item you withhold.</source>
        <translation>Elija un motivo para cada elemento que reserve.</translation>
    </message>
    <message>
        <source>This is not an access request.</source>
        <translation>Esta no es una solicitud de acceso.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Esta solicitud ya se respondió.</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This action item is no longer in the vault.</source>
        <translation>Esta tarea ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>No signature from the coach (%1)</source>
        <translation>Falta la firma del coach (%1)</translation>
    </message>
    <message>
        <source>No signature from the client (%1)</source>
        <translation>Falta la firma del cliente (%1)</translation>
    </message>
    <message>
        <source>No signature from the sponsor (%1)</source>
        <translation>Falta la firma del patrocinador (%1)</translation>
    </message>
    <message>
        <source>This agreement has no coach.</source>
        <translation>Este acuerdo no tiene coach.</translation>
    </message>
    <message>
        <source>This agreement has no client.</source>
        <translation>Este acuerdo no tiene cliente.</translation>
    </message>
    <message>
        <source>This agreement has no sponsor.</source>
        <translation>Este acuerdo no tiene patrocinador.</translation>
    </message>
    <message>
        <source>attendance (how many sessions were held, cancelled or missed)</source>
        <translation>la asistencia (cuántas sesiones se realizaron, se cancelaron o no se asistió)</translation>
    </message>
    <message>
        <source>the dates of the sessions held</source>
        <translation>las fechas de las sesiones realizadas</translation>
    </message>
    <message>
        <source>the hours of coaching held</source>
        <translation>las horas de coaching realizadas</translation>
    </message>
    <message>
        <source>progress on the shared goals, only in words the client has read and approved</source>
        <translation>el progreso en los objetivos compartidos, solo con palabras que el cliente ha leído y aprobado</translation>
    </message>
    <message>
        <source>The clause on what the sponsor may receive must keep its first sentence as written from the choices: “%1” Change the choices to change it; your own words may go around it.</source>
        <translation>La cláusula sobre lo que el patrocinador puede recibir debe conservar su primera frase tal como se redacta a partir de lo elegido: «%1» Cambie lo elegido para cambiarla; sus propias palabras pueden rodearla.</translation>
    </message>
    <message>
        <source>The clause “%1” still holds the blank %2: write in its place the words it stands for.</source>
        <translation>La cláusula «%1» aún contiene el campo %2: escriba en su lugar las palabras que representa.</translation>
    </message>
    <message>
        <source>The clause “%1” must state this engagement&apos;s terms as CoachDesk writes them: “%2” Change the engagement to change them; your own words may go around it.</source>
        <translation>La cláusula «%1» debe indicar las condiciones de este proceso tal como CoachDesk las escribe: «%2» Modifique el proceso para cambiarlas; sus propias palabras pueden ir alrededor.</translation>
    </message>
    <message>
        <source>A three-party agreement needs a sponsor.</source>
        <translation>Un acuerdo tripartito necesita un patrocinador.</translation>
    </message>
    <message>
        <source>Retention is a number of years from 0 to 100.</source>
        <translation>La conservación es un número de años entre 0 y 100.</translation>
    </message>
    <message>
        <source>This agreement has been signed; its words cannot change. Make a new version instead.</source>
        <translation>Este acuerdo ya se firmó; su texto no puede cambiar. Haga una nueva versión en su lugar.</translation>
    </message>
    <message>
        <source>Only a three-party agreement has a sponsor to receive anything.</source>
        <translation>Solo un acuerdo tripartito tiene un patrocinador que pueda recibir algo.</translation>
    </message>
    <message>
        <source>This agreement has been signed; what the sponsor may receive cannot change. Make a new version instead.</source>
        <translation>Este acuerdo ya se firmó; lo que el patrocinador puede recibir no puede cambiar. Haga una nueva versión en su lugar.</translation>
    </message>
    <message>
        <source>This agreement has ended.</source>
        <translation>Este acuerdo ha terminado.</translation>
    </message>
    <message>
        <source>This agreement has no such party.</source>
        <translation>Este acuerdo no tiene esa parte.</translation>
    </message>
    <message>
        <source>Add every required clause before anyone signs.</source>
        <translation>Añada todas las cláusulas obligatorias antes de que alguien firme.</translation>
    </message>
    <message>
        <source>Missing clause: %1</source>
        <translation>Falta la cláusula: %1</translation>
    </message>
    <message>
        <source>This agreement cannot become active yet:</source>
        <translation>Este acuerdo aún no puede activarse:</translation>
    </message>
    <message>
        <source>This agreement is no longer in the vault.</source>
        <translation>Este acuerdo ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Only an active agreement can end.</source>
        <translation>Solo un acuerdo activo puede terminar.</translation>
    </message>
    <message>
        <source>Keep every clause of the template, in its order.</source>
        <translation>Conserve todas las cláusulas de la plantilla, en su orden.</translation>
    </message>
    <message>
        <source>The clause “%1” needs its words, and braces only around a blank CoachDesk fills in, such as {client}.</source>
        <translation>La cláusula «%1» necesita un texto, y llaves solo alrededor de un campo que CoachDesk completa, como {client}.</translation>
    </message>
    <message>
        <source>The clause “%1” must keep {%2}: CoachDesk writes it from the terms chosen for each agreement.</source>
        <translation>La cláusula «%1» debe conservar {%2}: CoachDesk lo escribe a partir de los términos elegidos para cada acuerdo.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Nuevo acuerdo</translation>
    </message>
    <message>
        <source>No agreements yet.
An agreement sets out confidentiality and its limits, fees, and what the sponsor may receive. Nothing is active until every party has signed. Make one for an engagement.</source>
        <translation>Aún no hay acuerdos.
Un acuerdo establece la confidencialidad y sus límites, las tarifas y lo que puede recibir el patrocinador. Nada está activo hasta que todas las partes hayan firmado. Cree uno para un proceso.</translation>
    </message>
    <message>
        <source>Make an agreement</source>
        <translation>Crear un acuerdo</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>Registrar &amp;firma…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>Editar &amp;texto…</translation>
    </message>
    <message>
        <source>&amp;Print for signing…</source>
        <translation>&amp;Imprimir para firmar…</translation>
    </message>
    <message>
        <source>Save the agreement as a PDF to print and sign</source>
        <translation>Guardar el acuerdo como PDF para imprimirlo y firmarlo</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Fechas de las sesiones</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Horas de coaching</translation>
    </message>
    <message>
        <source>Progress, in the client&apos;s approved words</source>
        <translation>Progreso, con las palabras aprobadas por el cliente</translation>
    </message>
    <message>
        <source>The sponsor may receive %1.</source>
        <translation>El patrocinador puede recibir: %1.</translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation>Guardar &amp;opciones</translation>
    </message>
    <message>
        <source>Save what the sponsor may receive</source>
        <translation>Guardar lo que puede recibir el patrocinador</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Lo que puede recibir el patrocinador</translation>
    </message>
    <message>
        <source>Required clauses</source>
        <translation>Cláusulas obligatorias</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>The agreement&apos;s words</source>
        <translation>El texto del acuerdo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>The chosen agreement</source>
        <translation>El acuerdo elegido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln acuerdo</numerusform>
            <numerusform>%Ln acuerdos</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Needs every clause and every signature first</source>
        <translation>Antes necesita todas las cláusulas y todas las firmas</translation>
    </message>
    <message>
        <source>Signed agreements keep their words</source>
        <translation>Los acuerdos firmados conservan su texto</translation>
    </message>
    <message>
        <source>This clause is missing from the agreement&apos;s words: add it with Edit words.</source>
        <translation>Esta cláusula falta en el texto del acuerdo: añádala con Editar texto.</translation>
    </message>
    <message>
        <source>Not confirmed yet, so reports send the sponsor nothing. Tick what the parties agreed and save.</source>
        <translation>Aún sin confirmar, así que los informes no envían nada al patrocinador. Marque lo que acordaron las partes y guarde.</translation>
    </message>
    <message>
        <source>It is signed, so every party then signs again.</source>
        <translation>Está firmado, así que después todas las partes vuelven a firmar.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching.</source>
        <translation>El patrocinador no recibe nada sobre el coaching.</translation>
    </message>
    <message>
        <source>Chosen by the parties and signed: to change it, make a new agreement.</source>
        <translation>Elegido por las partes y firmado: para cambiarlo, cree un acuerdo nuevo.</translation>
    </message>
    <message>
        <source>Nothing is sent unless it is ticked here. The clause&apos;s first sentence below is written from these choices.</source>
        <translation>No se envía nada que no esté marcado aquí. La primera frase de la cláusula de abajo se redacta a partir de estas opciones.</translation>
    </message>
    <message>
        <source>Confirm what the sponsor may receive</source>
        <translation>Confirmar lo que puede recibir el patrocinador</translation>
    </message>
    <message>
        <source>This agreement is signed. Confirming these terms changes what was signed: the signatures are cleared and every party signs again before the agreement is active.</source>
        <translation>Este acuerdo está firmado. Confirmar estas condiciones cambia lo que se firmó: las firmas se borran y todas las partes vuelven a firmar antes de que el acuerdo esté activo.</translation>
    </message>
    <message>
        <source>Confirm and ask for signatures</source>
        <translation>Confirmar y pedir las firmas</translation>
    </message>
    <message>
        <source>Saved what the sponsor may receive.</source>
        <translation>Se guardó lo que puede recibir el patrocinador.</translation>
    </message>
    <message>
        <source>Agreement drafted from the template.</source>
        <translation>Acuerdo redactado a partir de la plantilla.</translation>
    </message>
    <message>
        <source>The agreement&apos;s words are saved.</source>
        <translation>El texto del acuerdo se ha guardado.</translation>
    </message>
    <message>
        <source>Signature recorded.</source>
        <translation>Firma registrada.</translation>
    </message>
    <message>
        <source>Make the agreement active</source>
        <translation>Activar el acuerdo</translation>
    </message>
    <message>
        <source>Make this agreement active? Its words can no longer change, and what it allows the sponsor to receive takes effect.</source>
        <translation>¿Activar este acuerdo? Su texto ya no podrá cambiar, y lo que permite recibir al patrocinador entra en vigor.</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>The agreement is active.</source>
        <translation>El acuerdo está activo.</translation>
    </message>
    <message>
        <source>Print agreement to PDF</source>
        <translation>Imprimir el acuerdo en PDF</translation>
    </message>
    <message>
        <source>agreement-%1-%2.pdf</source>
        <translation>acuerdo-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Saved for signing. This printing is recorded.</source>
        <translation>Guardado para firmar. Esta impresión queda registrada.</translation>
    </message>
    <message>
        <source>%1 on %2, by %3</source>
        <translation>%1 el %2, por %3</translation>
    </message>
    <message>
        <source>Saved to %1. This printing is recorded.</source>
        <translation type="vanished">Guardado en %1. Esta impresión queda registrada.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Written and signed (release form)</source>
        <translation>Por escrito y firmada (formulario de autorización)</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <source>Verbally: weaker, with no written record</source>
        <translation>Verbalmente: más débil, sin constancia escrita</translation>
    </message>
    <message>
        <source>Record the client&apos;s approval</source>
        <translation>Registrar la aprobación del cliente</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>El informe tal como se enviará</translation>
    </message>
    <message>
        <source>Report code %1 (on the release form). The approval covers this too; if the client approved it before a change, it needs approving again.</source>
        <translation>Código del informe %1 (en el formulario de autorización). La aprobación también cubre esto; si el cliente lo aprobó antes de un cambio, hay que aprobarlo de nuevo.</translation>
    </message>
    <message>
        <source>Report code %1: the client has approved it as shown.</source>
        <translation>Código del informe %1: el cliente lo ha aprobado tal como se muestra.</translation>
    </message>
    <message>
        <source>Items the client approved, word for word</source>
        <translation>Elementos que el cliente aprobó, palabra por palabra</translation>
    </message>
    <message>
        <source>Compare each passage with the signed form: its words code is printed beside it on the form. The approval is recorded for the words shown here.</source>
        <translation>Compare cada pasaje con el formulario firmado: su código del texto figura impreso a su lado en el formulario. La aprobación se registra para el texto que se muestra aquí.</translation>
    </message>
    <message>
        <source>Passages to approve</source>
        <translation>Pasajes por aprobar</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Pasaje %1  ·  código del texto %2</translation>
    </message>
    <message>
        <source>Changed after the release form was printed: a signed form holds other words. Print a new form for these words.</source>
        <translation>Cambiado después de imprimir el formulario de autorización: un formulario firmado contiene otro texto. Imprima un formulario nuevo para este texto.</translation>
    </message>
    <message>
        <source>Not on a printed release form yet: print one for these words to have them signed.</source>
        <translation>Aún no figura en un formulario de autorización impreso: imprima uno para este texto y hágalo firmar.</translation>
    </message>
    <message>
        <source>The client&apos;s name, as they gave it</source>
        <translation>El nombre del cliente, tal como lo indicó</translation>
    </message>
    <message>
        <source>Approval ends on</source>
        <translation>La aprobación termina el</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>Ningún formulario firmado adjunto</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Adjuntar el &amp;formulario firmado…</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Dada por</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>A verbal approval is allowed but weaker: the ICF suggests written permission. It is flagged in the report&apos;s log.</source>
        <translation>Se admite una aprobación verbal, pero es más débil: ICF sugiere una autorización por escrito. Queda señalada en el registro del informe.</translation>
    </message>
    <message>
        <source>Every item is already approved or struck.</source>
        <translation>Cada elemento ya está aprobado o tachado.</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Adjuntar el formulario firmado</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Tick the items the client approved.</source>
        <translation>Marque los elementos que el cliente aprobó.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>on screen, in session</source>
        <translation>en pantalla, en la sesión</translation>
    </message>
    <message>
        <source>in writing, signed</source>
        <translation>por escrito, firmado</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>verbally (no written record)</source>
        <translation>verbalmente (sin constancia escrita)</translation>
    </message>
    <message>
        <source>The approval cannot expire before it was given.</source>
        <translation>La aprobación no puede vencer antes de haberse dado.</translation>
    </message>
    <message>
        <source>Choose at least one excerpt to approve.</source>
        <translation>Elija al menos un extracto para aprobar.</translation>
    </message>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Este patrocinador ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This contact is no longer in the vault.</source>
        <translation>Este contacto ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>An excerpt is no longer in the vault.</source>
        <translation>Un extracto ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>One approval covers one client&apos;s words only.</source>
        <translation>Una aprobación cubre solo las palabras de un cliente.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Este informe ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>An approval for a report covers that report&apos;s own client and items only.</source>
        <translation>Una aprobación para un informe cubre solo el cliente y los elementos de ese informe.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Esta aprobación ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This approval is no longer in force.</source>
        <translation>Esta aprobación ya no está vigente.</translation>
    </message>
    <message>
        <source>(These words were edited after this approval, so it no longer counts; the new words need a new approval.)</source>
        <translation>(Estas palabras se modificaron después de esta aprobación, por lo que ya no cuenta; las nuevas palabras necesitan una nueva aprobación.)</translation>
    </message>
    <message>
        <source>the sponsor named when you approved</source>
        <translation>el patrocinador indicado cuando usted aprobó</translation>
    </message>
    <message>
        <source>A report to the sponsor of your coaching</source>
        <translation>Un informe para el patrocinador de su coaching</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>su coach</translation>
    </message>
    <message>
        <source>Tell %1, in any way you like (email, phone, or at a session), that you withdraw this approval, for all of these words or some. From then on they are not sent to anyone. Words already sent cannot be called back, but you can ask to see what was sent.</source>
        <translation>Dígale a %1, como usted prefiera (correo electrónico, teléfono o en una sesión), que retira esta aprobación, para todas estas palabras o para algunas. A partir de entonces no se envían a nadie. Las palabras ya enviadas no se pueden recuperar, pero usted puede pedir ver lo que se envió.</translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscarding</name>
    <message>
        <source>Discard what you typed? It has not been saved.</source>
        <translation>¿Descartar lo que escribió? No se ha guardado.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Action item added</source>
        <translation>Tarea añadida</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Tarea cambiada</translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation>Tarea hecha</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Tarea quitada</translation>
    </message>
    <message>
        <source>Action item reopened</source>
        <translation>Tarea reabierta</translation>
    </message>
    <message>
        <source>Agreement made active</source>
        <translation>Acuerdo activado</translation>
    </message>
    <message>
        <source>Agreement drafted</source>
        <translation>Acuerdo redactado</translation>
    </message>
    <message>
        <source>Agreement clauses changed</source>
        <translation>Cláusulas del acuerdo cambiadas</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Acuerdo terminado</translation>
    </message>
    <message>
        <source>Agreement terms changed: signatures to collect again</source>
        <translation>Condiciones del acuerdo cambiadas: hay que volver a recoger las firmas</translation>
    </message>
    <message>
        <source>Agreement terms set</source>
        <translation>Condiciones del acuerdo fijadas</translation>
    </message>
    <message>
        <source>Agreement template changed</source>
        <translation>Plantilla de acuerdo cambiada</translation>
    </message>
    <message>
        <source>Agreement template reset</source>
        <translation>Plantilla de acuerdo restablecida</translation>
    </message>
    <message>
        <source>Continuing education added</source>
        <translation>Formación continua añadida</translation>
    </message>
    <message>
        <source>Continuing education removed</source>
        <translation>Formación continua quitada</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Cliente añadido</translation>
    </message>
    <message>
        <source>Client&apos;s disposal finished</source>
        <translation>Eliminación del cliente terminada</translation>
    </message>
    <message>
        <source>Client&apos;s records disposed of</source>
        <translation>Datos del cliente eliminados</translation>
    </message>
    <message>
        <source>Client details edited</source>
        <translation>Datos del cliente editados</translation>
    </message>
    <message>
        <source>Evidence of approval attached</source>
        <translation>Prueba de la aprobación adjuntada</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Aprobación retirada</translation>
    </message>
    <message>
        <source>Approval of a report withdrawn</source>
        <translation>Aprobación de un informe retirada</translation>
    </message>
    <message>
        <source>Coaching log details of an engagement set</source>
        <translation>Datos del registro de coaching de un proceso fijados</translation>
    </message>
    <message>
        <source>Client agreed to be named in the coaching log</source>
        <translation>El cliente acepta figurar con su nombre en el registro de coaching</translation>
    </message>
    <message>
        <source>Client withdrew being named in the coaching log</source>
        <translation>El cliente retira su acuerdo de figurar en el registro de coaching</translation>
    </message>
    <message>
        <source>Credential profile changed</source>
        <translation>Perfil de credenciales cambiado</translation>
    </message>
    <message>
        <source>Coaching log details of a session set</source>
        <translation>Datos del registro de coaching de una sesión fijados</translation>
    </message>
    <message>
        <source>Coach training changed</source>
        <translation>Formación del coach cambiada</translation>
    </message>
    <message>
        <source>Data request answered</source>
        <translation>Solicitud de protección de datos respondida</translation>
    </message>
    <message>
        <source>Data request closed</source>
        <translation>Solicitud de protección de datos cerrada</translation>
    </message>
    <message>
        <source>Engagement added</source>
        <translation>Proceso añadido</translation>
    </message>
    <message>
        <source>Engagement edited</source>
        <translation>Proceso editado</translation>
    </message>
    <message>
        <source>Engagement ended</source>
        <translation>Proceso terminado</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Prueba añadida</translation>
    </message>
    <message>
        <source>Excerpt added</source>
        <translation>Extracto añadido</translation>
    </message>
    <message>
        <source>Excerpt edited</source>
        <translation>Extracto editado</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Factura emitida</translation>
    </message>
    <message>
        <source>Invoice marked paid</source>
        <translation>Factura marcada como pagada</translation>
    </message>
    <message>
        <source>Invoice marked unpaid</source>
        <translation>Factura marcada como no pagada</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Factura anulada</translation>
    </message>
    <message>
        <source>Payment set aside: the invoice was voided on another computer</source>
        <translation>Pago apartado: la factura se anuló en otro equipo</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Nota añadida</translation>
    </message>
    <message>
        <source>Note edited on two computers resolved</source>
        <translation>Nota editada en dos equipos resuelta</translation>
    </message>
    <message>
        <source>Note may go to the sponsor if the client approves</source>
        <translation>La nota puede ir al patrocinador si el cliente la aprueba</translation>
    </message>
    <message>
        <source>Note made coach only</source>
        <translation>Nota marcada como solo coach</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>Note shared with the client</source>
        <translation>Nota compartida con el cliente</translation>
    </message>
    <message>
        <source>Report changed</source>
        <translation>Informe cambiado</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Item added to a report</source>
        <translation>Elemento añadido a un informe</translation>
    </message>
    <message>
        <source>Item removed from a report</source>
        <translation>Elemento quitado de un informe</translation>
    </message>
    <message>
        <source>Item of a report restored</source>
        <translation>Elemento de un informe restablecido</translation>
    </message>
    <message>
        <source>Item of a report struck</source>
        <translation>Elemento de un informe tachado</translation>
    </message>
    <message>
        <source>Print language of a report changed</source>
        <translation>Idioma de impresión de un informe cambiado</translation>
    </message>
    <message>
        <source>Report given to the client to approve</source>
        <translation>Informe entregado al cliente para su aprobación</translation>
    </message>
    <message>
        <source>Release form printed</source>
        <translation>Formulario de autorización impreso</translation>
    </message>
    <message>
        <source>Report reordered</source>
        <translation>Informe reordenado</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Sesión añadida</translation>
    </message>
    <message>
        <source>Session marked as cut short</source>
        <translation>Sesión marcada como interrumpida</translation>
    </message>
    <message>
        <source>Cut-short session looked at</source>
        <translation>Sesión interrumpida revisada</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Sesión descartada</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Sesión editada</translation>
    </message>
    <message>
        <source>Sponsor added</source>
        <translation>Patrocinador añadido</translation>
    </message>
    <message>
        <source>Sponsor contact added</source>
        <translation>Contacto del patrocinador añadido</translation>
    </message>
    <message>
        <source>Sponsor edited</source>
        <translation>Patrocinador editado</translation>
    </message>
    <message>
        <source>Sponsor request logged</source>
        <translation>Solicitud del patrocinador registrada</translation>
    </message>
    <message>
        <source>Changes from another computer applied</source>
        <translation>Cambios de otro equipo aplicados</translation>
    </message>
    <message>
        <source>A computer marked as gone</source>
        <translation>Un equipo marcado como que ya no está</translation>
    </message>
    <message>
        <source>A computer marked as gone brought back</source>
        <translation>Un equipo marcado como que ya no está, incluido de nuevo</translation>
    </message>
    <message>
        <source>This computer&apos;s letter changed (another computer had joined with it)</source>
        <translation>La letra de este equipo cambió (otro equipo se había unido con la misma)</translation>
    </message>
    <message>
        <source>Invoicing taken back</source>
        <translation>Facturación recuperada</translation>
    </message>
    <message>
        <source>New pairing code in use</source>
        <translation>Nuevo código de emparejamiento en uso</translation>
    </message>
    <message>
        <source>Note template added</source>
        <translation>Plantilla de nota añadida</translation>
    </message>
    <message>
        <source>Note template changed</source>
        <translation>Plantilla de nota cambiada</translation>
    </message>
    <message>
        <source>Note template removed</source>
        <translation>Plantilla de nota quitada</translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Copias de seguridad cifradas de nuevo</translation>
    </message>
    <message>
        <source>Kept copies re-encrypted</source>
        <translation>Copias conservadas cifradas de nuevo</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Clave de la caja fuerte cambiada</translation>
    </message>
    <message>
        <source>Change of the vault key started</source>
        <translation>Cambio de la clave de la caja fuerte iniciado</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Agreement signature recorded</source>
        <translation>Firma del acuerdo registrada</translation>
    </message>
    <message>
        <source>Client&apos;s status changed</source>
        <translation>Estado del cliente cambiado</translation>
    </message>
    <message>
        <source>Report frame approved</source>
        <translation>Marco de un informe aprobado</translation>
    </message>
    <message>
        <source>Words approved</source>
        <translation>Palabras aprobadas</translation>
    </message>
    <message>
        <source>Data request recorded</source>
        <translation>Solicitud de protección de datos registrada</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Comunicación registrada</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Archivo exportado</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste cambiado</translation>
    </message>
    <message>
        <source>Answer to a sponsor request recorded</source>
        <translation>Respuesta a una solicitud del patrocinador registrada</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Report approval</source>
        <translation>Aprobación de un informe</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formación continua</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Solicitud de protección de datos</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Sponsor contact</source>
        <translation>Contacto del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor request</source>
        <translation>Solicitud del patrocinador</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de nota</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Caja fuerte</translation>
    </message>
    <message>
        <source>Changes from computer %1 (no. %2)</source>
        <translation>Cambios del equipo %1 (n.º %2)</translation>
    </message>
    <message>
        <source>Changes from another computer (no. %1)</source>
        <translation>Cambios de otro equipo (n.º %1)</translation>
    </message>
    <message>
        <source>Changes from this computer (no. %1)</source>
        <translation>Cambios de este equipo (n.º %1)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Keep copies of your practice</source>
        <translation>Guarde copias de su práctica</translation>
    </message>
    <message>
        <source>Your vault is ready. Choose where its backups go.</source>
        <translation>Su caja fuerte está lista. Elija dónde van sus copias de seguridad.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aún no se ha elegido ninguna carpeta.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>&amp;Elegir una carpeta de copias…</translation>
    </message>
    <message>
        <source>Not now? Finish anyway: Today reminds you until a folder is chosen, and Settings can change it at any time.</source>
        <translation>¿Ahora no? Termine de todos modos: la página Hoy se lo recordará hasta que elija una carpeta, y puede cambiarla en Ajustes en cualquier momento.</translation>
    </message>
    <message>
        <source>Your practice lives in one file on this computer. If the disk fails or the laptop is lost, a backup brings it back. Choose a folder on an external drive, or a folder your cloud service keeps in sync: CoachDesk keeps a copy there each day you open it, checked before it is kept.</source>
        <translation>Su práctica está en un solo archivo en este equipo. Si el disco falla o pierde el portátil, una copia de seguridad la recupera. Elija una carpeta en una unidad externa, o una carpeta que su servicio en la nube mantenga sincronizada: CoachDesk guarda allí una copia cada día que lo abre, comprobada antes de guardarla.</translation>
    </message>
    <message>
        <source>The copies are encrypted with your vault&apos;s key. Nobody can read them without your recovery code, not the drive&apos;s owner nor the sync service: keep the code, and the copies bring your practice back on any computer.</source>
        <translation>Las copias se cifran con la clave de su caja fuerte. Nadie puede leerlas sin su código de recuperación, ni el dueño de la unidad ni el servicio de sincronización: guarde el código, y las copias recuperan su práctica en cualquier equipo.</translation>
    </message>
    <message>
        <source>&amp;Start using CoachDesk</source>
        <translation>Empezar a &amp;usar CoachDesk</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>¿Dónde guardar las copias de seguridad?</translation>
    </message>
    <message>
        <source>Backups go to %1</source>
        <translation>Las copias de seguridad van a %1</translation>
    </message>
    <message>
        <source>CoachDesk makes its first copy there when you start. Settings can change the folder at any time.</source>
        <translation>CoachDesk hace allí su primera copia cuando usted empieza. En Ajustes puede cambiar la carpeta en cualquier momento.</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>No backups yet. Your practice lives in one file on this computer: choose a folder on an external drive or a synced folder, and CoachDesk keeps encrypted copies there that your recovery code opens.</source>
        <translation>Aún no hay copias de seguridad. Su práctica está en un solo archivo en este equipo: elija una carpeta en una unidad externa o una carpeta sincronizada, y CoachDesk guardará allí copias cifradas que su código de recuperación abre.</translation>
    </message>
    <message>
        <source>Choose a backup folder…</source>
        <translation>Elegir una carpeta de copias…</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (%1): a drive not connected? Connect it, or choose another folder.</source>
        <translation>Su carpeta de copias de seguridad no está disponible ahora (%1): ¿una unidad sin conectar? Conéctela o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>No backup has been made in %1 yet.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1, %n days ago. Back up now to keep a recent copy of your practice.</source>
        <translation>
            <numerusform>La última copia de seguridad se hizo el %1, hace %n día. Haga una copia ahora para tener una copia reciente de su práctica.</numerusform>
            <numerusform>La última copia de seguridad se hizo el %1, hace %n días. Haga una copia ahora para tener una copia reciente de su práctica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>¿Dónde guardar las copias de seguridad?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>no backup folder is chosen (Settings → Backups)</source>
        <translation>no hay ninguna carpeta de copias elegida (Ajustes → Copias de seguridad)</translation>
    </message>
    <message>
        <source>no backup folder is known for this vault</source>
        <translation>no se conoce ninguna carpeta de copias para esta caja fuerte</translation>
    </message>
    <message>
        <source>The backup was not made: %1. Your vault is untouched.</source>
        <translation>No se hizo la copia de seguridad: %1. Su caja fuerte no se ha tocado.</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>la caja fuerte está bloqueada</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>no se pudo escribir en %1 (%2)</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>no se pudo escribir la copia (%1)</translation>
    </message>
    <message>
        <source>the copy does not open with the vault&apos;s key</source>
        <translation>la copia no se abre con la clave de la caja fuerte</translation>
    </message>
    <message>
        <source>the copy failed its encryption check (damaged pages: %1)</source>
        <translation>la copia no superó la comprobación del cifrado (páginas dañadas: %1)</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>la copia no superó la comprobación de integridad</translation>
    </message>
    <message>
        <source>the copy does not have this version&apos;s records layout</source>
        <translation>la copia no tiene la estructura de datos de esta versión</translation>
    </message>
    <message>
        <source>the copy is not of this vault</source>
        <translation>la copia no es de esta caja fuerte</translation>
    </message>
    <message>
        <source>the copy cannot be read (%1)</source>
        <translation>no se puede leer la copia (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>no se puede leer %1 (%2)</translation>
    </message>
    <message>
        <source>your backups</source>
        <translation>sus copias de seguridad</translation>
    </message>
    <message>
        <source>for backups, in Settings</source>
        <translation>para las copias, en Ajustes</translation>
    </message>
    <message>
        <source>That is the vault&apos;s own folder: a backup there is lost with the vault when the disk fails or the laptop is lost. Choose an external drive or a synced folder.</source>
        <translation>Es la propia carpeta de la caja fuerte: una copia ahí se pierde con la caja fuerte si falla el disco o se pierde el portátil. Elija una unidad externa o una carpeta sincronizada.</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>no se puede leer la carpeta (%1)</translation>
    </message>
    <message>
        <source>it could not be re-encrypted (%1)</source>
        <translation>no se pudo volver a cifrar (%1)</translation>
    </message>
    <message>
        <source>a change to it was cut off (the file beside it ending in %1 holds it), so it was left as it is</source>
        <translation>un cambio en ella se interrumpió (el archivo de al lado que termina en %1 lo contiene), así que se dejó como estaba</translation>
    </message>
    <message>
        <source>it does not open with the vault&apos;s previous key: it is damaged, or was made under an earlier key or for another vault</source>
        <translation>no se abre con la clave anterior de la caja fuerte: está dañada, o se hizo con una clave más antigua o para otra caja fuerte</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>it cannot be read: it is damaged</source>
        <translation>no se puede leer: está dañada</translation>
    </message>
    <message>
        <source>the disk is full, so it was left as it is</source>
        <translation>el disco está lleno, así que se dejó como estaba</translation>
    </message>
    <message>
        <source>it could not be rewritten (%1)</source>
        <translation>no se pudo volver a escribir (%1)</translation>
    </message>
    <message>
        <source>its records could not be copied: it may be damaged (%1)</source>
        <translation>no se pudieron copiar sus datos: puede estar dañada (%1)</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Coach only</source>
        <translation>Solo coach</translation>
    </message>
    <message>
        <source>Shared with client</source>
        <translation>Compartida con el cliente</translation>
    </message>
    <message>
        <source>Sponsor, if client approves</source>
        <translation>Patrocinador, si el cliente aprueba</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Awaiting the client</source>
        <translation>Pendiente del cliente</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Voided by an edit</source>
        <translation>Anulado por una edición</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Conservación vencida</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Remunerado</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>No pagada</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificados</translation>
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
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>Pendiente de firmas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Struck</source>
        <translation>Tachado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Struck by the client</source>
        <translation>Tachado por el cliente</translation>
    </message>
    <message>
        <source>Voided: the report around it changed</source>
        <translation>Anulado: el informe que lo rodea cambió</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>Nature and limits of confidentiality</source>
        <translation>Naturaleza y límites de la confidencialidad</translation>
    </message>
    <message>
        <source>Named limits: illegal activity, court order or subpoena, risk of danger to self or others</source>
        <translation>Límites expresos: actividad ilegal, orden judicial o citación, riesgo de peligro para sí mismo o para otros</translation>
    </message>
    <message>
        <source>How coaching information is exchanged among coach, client and sponsor</source>
        <translation>Cómo se intercambia la información del coaching entre coach, cliente y patrocinador</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Funciones y responsabilidades</translation>
    </message>
    <message>
        <source>Fees and payment</source>
        <translation>Honorarios y pago</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Record retention period and disposal method</source>
        <translation>Plazo de conservación de los registros y forma de eliminación</translation>
    </message>
    <message>
        <source>How the agreement ends</source>
        <translation>Cómo termina el acuerdo</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Discard your changes to the agreement&apos;s words?</source>
        <translation>¿Descartar sus cambios en el texto del acuerdo?</translation>
    </message>
    <message>
        <source>Edit the agreement&apos;s words</source>
        <translation>Editar el texto del acuerdo</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Cláusulas</translation>
    </message>
    <message>
        <source>Clause heading</source>
        <translation>Encabezado de la cláusula</translation>
    </message>
    <message>
        <source>Clause words</source>
        <translation>Texto de la cláusula</translation>
    </message>
    <message>
        <source>&amp;Remove clause</source>
        <translation>&amp;Quitar cláusula</translation>
    </message>
    <message>
        <source>Put back &amp;missing clauses</source>
        <translation>Volver a poner las cláusulas &amp;que faltan</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← All &amp;clients</source>
        <translation>← Todos los &amp;clientes</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Empezar sesión</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nueva &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>Edi&amp;tar datos</translation>
    </message>
    <message>
        <source>Disclos&amp;ures</source>
        <translation>Co&amp;municaciones</translation>
    </message>
    <message>
        <source>What was shared about this client, and what sponsors asked for</source>
        <translation>Lo que se compartió sobre este cliente y lo que pidieron los patrocinadores</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>&amp;Planificar sesión…</translation>
    </message>
    <message>
        <source>Edit sess&amp;ion…</source>
        <translation>Editar ses&amp;ión…</translation>
    </message>
    <message>
        <source>Its date, minutes and status (a held session&apos;s minutes are what the tax export shows)</source>
        <translation>Su fecha, minutos y estado (los minutos de una sesión realizada son los que muestra la exportación fiscal)</translation>
    </message>
    <message>
        <source>New en&amp;gagement…</source>
        <translation>Nuevo p&amp;roceso…</translation>
    </message>
    <message>
        <source>E&amp;dit engagement…</source>
        <translation>E&amp;ditar proceso…</translation>
    </message>
    <message>
        <source>E&amp;dit goals…</source>
        <translation>E&amp;ditar objetivos…</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Nuevo &amp;acuerdo…</translation>
    </message>
    <message>
        <source>&amp;Open agreement</source>
        <translation>A&amp;brir acuerdo</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>Nuevo &amp;informe…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>A&amp;brir informe</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>No email or phone yet</source>
        <translation>Aún no hay correo ni teléfono</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Nuevo proceso…</translation>
    </message>
    <message>
        <source>Sessions, goals, agreements and reports belong to an engagement: its dates, sponsor and fee. Add one first.</source>
        <translation>Las sesiones, los objetivos, los acuerdos y los informes pertenecen a un proceso: sus fechas, patrocinador y tarifa. Añada uno primero.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aún no hay sesiones.</translation>
    </message>
    <message>
        <source>No sessions yet.
Plan the next one, or start a session now: it is recorded as it happens.</source>
        <translation>Aún no hay sesiones.
Planifique la próxima o empiece una sesión ahora: se registra a medida que ocurre.</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Planificar sesión…</translation>
    </message>
    <message>
        <source>No open action items.
What the client or you agree to do in a session, written with [ ] or in the session&apos;s list, waits here until it is done.</source>
        <translation>No hay tareas pendientes.
Lo que el cliente o usted acuerdan hacer en una sesión, escrito con [ ] o en la lista de la sesión, espera aquí hasta que esté hecho.</translation>
    </message>
    <message>
        <source>No notes yet.
What you write in a session, or on its own with New note, is kept here. Notes stay yours unless you choose to share them.</source>
        <translation>Aún no hay notas.
Lo que escribe en una sesión, o por separado con Nueva nota, se guarda aquí. Las notas son solo suyas salvo que decida compartirlas.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>No engagement yet.
An engagement is the coaching you agreed: its dates, sponsor, fee and goals. Sessions and agreements belong to it.</source>
        <translation>Aún no hay ningún proceso.
Un proceso es el coaching que acordaron: sus fechas, patrocinador, tarifa y objetivos. Las sesiones y los acuerdos pertenecen a él.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aún no hay objetivos.</translation>
    </message>
    <message>
        <source>No goals yet.
Goals are part of the engagement, and the client sees every one.</source>
        <translation>Aún no hay objetivos.
Los objetivos forman parte del proceso, y el cliente los ve todos.</translation>
    </message>
    <message>
        <source>Add goals…</source>
        <translation>Añadir objetivos…</translation>
    </message>
    <message>
        <source>No agreement yet.
The agreement sets confidentiality and its limits, fees and what a sponsor may hear, signed by every party before the coaching starts.</source>
        <translation>Aún no hay ningún acuerdo.
El acuerdo establece la confidencialidad y sus límites, las tarifas y lo que puede saber un patrocinador, y lo firman todas las partes antes de que empiece el coaching.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nuevo acuerdo…</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Aún no hay ningún acuerdo.</translation>
    </message>
    <message>
        <source>No reports yet.
A report tells the sponsor only what the agreement allows, in words the client approved.</source>
        <translation>Aún no hay informes.
Un informe solo le cuenta al patrocinador lo que permite el acuerdo, con palabras que el cliente aprobó.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nuevo informe…</translation>
    </message>
    <message>
        <source>No reports yet.
Reports go to a sponsor, and no engagement of this client&apos;s has one: a client who pays for their own coaching needs no report.</source>
        <translation>Aún no hay informes.
Los informes van a un patrocinador, y ningún proceso de este cliente tiene uno: un cliente que paga su propio coaching no necesita informes.</translation>
    </message>
    <message>
        <source>Reports go to a sponsor: add the sponsor to the engagement first</source>
        <translation>Los informes van a un patrocinador: añada primero el patrocinador al proceso</translation>
    </message>
    <message>
        <source>Engagement saved.</source>
        <translation>Proceso guardado.</translation>
    </message>
    <message>
        <source>Session planned for %1.</source>
        <translation>Sesión planificada para el %1.</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message>
        <source>Agreement drafted. Open it to check its words and record the signatures.</source>
        <translation>Acuerdo redactado. Ábralo para revisar su texto y registrar las firmas.</translation>
    </message>
    <message>
        <source>Report started. Open it to write what the client approves.</source>
        <translation>Informe iniciado. Ábralo para escribir lo que el cliente apruebe.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar sesión</translation>
    </message>
    <message>
        <source>A session is planned for %1. Is this that session, starting now?</source>
        <translation>Hay una sesión planificada para el %1. ¿Es esa sesión, que empieza ahora?</translation>
    </message>
    <message>
        <source>Start the planned session</source>
        <translation>Empezar la sesión planificada</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Empezar una sesión nueva</translation>
    </message>
    <message>
        <source>This client has no current engagement, so no session is recorded; the note is kept with the client.</source>
        <translation>Este cliente no tiene un proceso en curso, así que no se registra ninguna sesión; la nota se guarda con el cliente.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This does not look like an email address (name@example.org).</source>
        <translation>Esto no parece una dirección de correo electrónico (nombre@example.org).</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Add your first client (Ctrl+N)</source>
        <translation>Añada su primer cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search clients by name or email</source>
        <translation>Buscar clientes por nombre o correo</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Abrir cliente</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Cliente guardado.</translation>
    </message>
    <message>
        <source>Client added.</source>
        <translation>Cliente añadido.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault, out of the everyday list. Tick “Show archived” to see them again.</source>
        <translation>¿Archivar a %1? Sus datos permanecen en la caja fuerte, fuera de la lista diaria. Marque “Mostrar archivados” para volver a verlos.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Could not archive</source>
        <translation>No se pudo archivar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
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
        <translation>Ningún cliente coincide con esta búsqueda.</translation>
    </message>
    <message>
        <source>No clients yet.
A client is the person you coach: their details, engagements, sessions and notes all live on their page.</source>
        <translation>Aún no hay clientes.
Un cliente es la persona a la que acompaña: sus datos, procesos, sesiones y notas están en su página.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;aurar</translation>
    </message>
    <message>
        <source>Rest&amp;ore client</source>
        <translation>Rest&amp;aurar cliente</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Arc&amp;hivar cliente</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Anótelo ahora en papel. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>I have written down my recovery code and will keep it somewhere safe</source>
        <translation>He anotado mi código de recuperación y lo guardaré en un lugar seguro</translation>
    </message>
    <message>
        <source>This is this computer&apos;s own recovery code, for its vault here: keep it on paper. The pairing code you type after this is a different code, shown on the other computer.</source>
        <translation>Este es el código de recuperación propio de este equipo, para su caja fuerte: guárdelo en papel. El código de emparejamiento que escribirá después es otro código, que se muestra en el otro equipo.</translation>
    </message>
    <message>
        <source>If this computer is lost or replaced, or its keyring is cleared, this code is the only way to open your vault. Keep it away from the laptop, as you would a spare key. CoachDesk cannot show it again or recover it for you.</source>
        <translation>Si este equipo se pierde o se sustituye, o se vacía su llavero, este código es la única forma de abrir su caja fuerte. Guárdelo lejos del portátil, como haría con una llave de repuesto. CoachDesk no puede volver a mostrarlo ni recuperarlo por usted.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Compruebe su copia</translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation>Escriba dos grupos de lo que anotó.</translation>
    </message>
    <message>
        <source>This makes sure your written copy is right before anything depends on it.</source>
        <translation>Así se asegura de que su copia escrita es correcta antes de que algo dependa de ella.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Group %1 is not what the code says. Check your copy (press Back to see the code again).</source>
        <translation>El grupo %1 no coincide con el código. Compruebe su copia (pulse Atrás para volver a ver el código).</translation>
    </message>
    <message>
        <source>CoachDesk could not write the vault in %1 (%2). Nothing was saved.</source>
        <translation>CoachDesk no pudo escribir la caja fuerte en %1 (%2). No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Editada en dos equipos</translation>
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
        <translation>Esta nota ya se resolvió, quizá en otro equipo.</translation>
    </message>
    <message>
        <source>This note changed while you were choosing. Both texts are shown again as they are now.</source>
        <translation>Esta nota cambió mientras usted elegía. Los dos textos se muestran de nuevo tal como están ahora.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>the client has not approved it for this recipient</source>
        <translation>el cliente no lo ha aprobado para este destinatario</translation>
    </message>
    <message>
        <source>its words changed after the client approved them</source>
        <translation>sus palabras cambiaron después de que el cliente las aprobara</translation>
    </message>
    <message>
        <source>the client withdrew the approval</source>
        <translation>el cliente retiró la aprobación</translation>
    </message>
    <message>
        <source>the approval has expired</source>
        <translation>la aprobación ha vencido</translation>
    </message>
    <message>
        <source>the approval is dated after the day of this export</source>
        <translation>la aprobación tiene fecha posterior al día de esta exportación</translation>
    </message>
    <message>
        <source>the report around it changed after the client approved it</source>
        <translation>el informe que lo rodea cambió después de que el cliente lo aprobara</translation>
    </message>
    <message>
        <source>the client has not approved the report as it will be printed (recipient, purpose, period and session facts)</source>
        <translation>el cliente no ha aprobado el informe tal como se imprimirá (destinatario, propósito, período y datos de las sesiones)</translation>
    </message>
    <message>
        <source>the client&apos;s approval of the report has expired</source>
        <translation>la aprobación del informe por parte del cliente ha vencido</translation>
    </message>
    <message>
        <source>the client withdrew the approval of the report</source>
        <translation>el cliente retiró la aprobación del informe</translation>
    </message>
    <message>
        <source>no active agreement with this sponsor says how information is exchanged (ICF Code 25): activate a three-party agreement first</source>
        <translation>ningún acuerdo vigente con este patrocinador indica cómo se intercambia la información (Código ICF 25): active primero un acuerdo tripartito</translation>
    </message>
    <message>
        <source>nobody has confirmed what the agreement lets the sponsor receive: open the agreement and choose it (every party then signs again)</source>
        <translation>nadie ha confirmado lo que el acuerdo permite recibir al patrocinador: abra el acuerdo y elíjalo (después todas las partes firman de nuevo)</translation>
    </message>
    <message>
        <source>the agreement does not let the sponsor receive the client&apos;s words, only the session facts it names: strike or remove the passages</source>
        <translation>el acuerdo no permite al patrocinador recibir las palabras del cliente, solo los datos de las sesiones que indica: tache o quite los pasajes</translation>
    </message>
    <message>
        <source>the report has nothing in it to send</source>
        <translation>el informe no contiene nada que enviar</translation>
    </message>
    <message>
        <source>the report is set to print in %1, and this copy of CoachDesk cannot print in that language (its translation is missing or incomplete): it would go out in other words than the client approves. Use a CoachDesk that prints in %1, or choose another language and ask the client to approve the report again</source>
        <translation>el informe debe imprimirse en %1, y esta copia de CoachDesk no puede imprimir en ese idioma (su traducción falta o está incompleta): saldría con otras palabras que las que el cliente aprueba. Use un CoachDesk que imprima en %1, o elija otro idioma y pida al cliente que apruebe el informe de nuevo</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>How long the course was is needed (more than 0 hours).</source>
        <translation>Se necesita la duración del curso (más de 0 horas).</translation>
    </message>
    <message>
        <source>The certificate is larger than 20 MB: save it smaller (a PDF or a photo) and add it again.</source>
        <translation>El certificado ocupa más de 20 MB: guárdelo más pequeño (un PDF o una foto) y añádalo de nuevo.</translation>
    </message>
    <message>
        <source>That course is no longer in the log.</source>
        <translation>Ese curso ya no está en el registro.</translation>
    </message>
    <message>
        <source>No certificate is kept for that course.</source>
        <translation>No hay ningún certificado guardado para ese curso.</translation>
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
        <translation>Un grupo tiene de 2 a %1 personas: ICF cuenta los grupos de %1 o menos.</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Esta sesión está facturada en la factura %1: anule primero la factura para hacerla pro bono.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Esta sesión ya no está en la caja fuerte.</translation>
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
        <translation>Credencial a la que aspira</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>&amp;Working toward</source>
        <translation>A&amp;spira a</translation>
    </message>
    <message>
        <source>Coaching log</source>
        <translation>Registro de coaching</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formación continua</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Horas en total</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Horas remuneradas</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Hours in the last 18 months</source>
        <translation>Horas en los últimos 18 meses</translation>
    </message>
    <message>
        <source>Count hours from the start of my coach-specific &amp;training, on</source>
        <translation>Contar las horas desde el inicio de mi &amp;formación específica de coach, el</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>In the log as</source>
        <translation>En el registro como</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Contact in the log</source>
        <translation>Contacto en el registro</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation>H remun.</translation>
    </message>
    <message>
        <source>Pro bono h</source>
        <translation>H pro bono</translation>
    </message>
    <message>
        <source>No held sessions yet.
The log fills itself from the sessions you hold: each engagement is a line, its hours paid or pro bono as its fee says.</source>
        <translation>Aún no hay sesiones realizadas.
El registro se completa solo a partir de las sesiones que realiza: cada proceso es una línea, con sus horas remuneradas o pro bono según su tarifa.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Ir a clientes</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <source>Naming consent, group size, paid or pro bono</source>
        <translation>Consentimiento para nombrar, tamaño del grupo, remunerado o pro bono</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimir en PDF…</translation>
    </message>
    <message>
        <source>I hold the credential, &amp;awarded or last renewed on</source>
        <translation>Tengo la credencial, &amp;obtenida o renovada por última vez el</translation>
    </message>
    <message>
        <source>Awarded or last renewed on</source>
        <translation>Otorgada o renovada por última vez el</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
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
        <translation>Aún no hay cursos.
Añada cada curso con sus horas (una hora es una unidad CCE) y su certificado, que se guarda cifrado en su caja fuerte.</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Añadir un curso</translation>
    </message>
    <message>
        <source>&amp;Add course…</source>
        <translation>&amp;Añadir curso…</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>&amp;Guardar certificado…</translation>
    </message>
    <message>
        <source>&amp;Remove course</source>
        <translation>&amp;Quitar curso</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 de %2 horas</translation>
    </message>
    <message numerus="yes">
        <source>%n (%1 needed)</source>
        <translation>
            <numerusform>%n (requisito: %1)</numerusform>
            <numerusform>%n (requisito: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · met</source>
        <translation>%1 · cumplido</translation>
    </message>
    <message>
        <source>Pro bono: %1 hours. The last 18 months start on %2. Each member of a group counts as a client.</source>
        <translation>Pro bono: %1 horas. Los últimos 18 meses empiezan el %2. Cada miembro de un grupo cuenta como un cliente.</translation>
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
        <translation>Competencias clave</translation>
    </message>
    <message>
        <source>Coaching ethics</source>
        <translation>Ética del coaching</translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Desarrollo de recursos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>ICF renews a credential every three years on %1 CCE units. Give the day yours was awarded or last renewed to see the window you are in.</source>
        <translation>ICF renueva una credencial cada tres años con %1 unidades CCE. Indique el día en que obtuvo o renovó por última vez la suya para ver el período en el que está.</translation>
    </message>
    <message>
        <source>Renewal window from %1, renew by %2: %3 of %4 CCE units; %5 of at least %6 in core competencies, %7 of at least %8 of them in coaching ethics; %9 in resource development.</source>
        <translation>Período de renovación desde el %1, renovar antes del %2: %3 de %4 unidades CCE; %5 de al menos %6 en competencias clave, de ellas %7 de al menos %8 en ética del coaching; %9 en desarrollo de recursos.</translation>
    </message>
    <message>
        <source>Choose a line of the log first.</source>
        <translation>Elija primero una línea del registro.</translation>
    </message>
    <message>
        <source>Save the coaching log</source>
        <translation>Guardar el registro de coaching</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (lines: %n). This export is recorded.</source>
        <translation>
            <numerusform>Guardado en %1 (%n línea). Esta exportación queda registrada.</numerusform>
            <numerusform>Guardado en %1 (%n líneas). Esta exportación queda registrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the coaching log to PDF</source>
        <translation>Imprimir el registro de coaching en PDF</translation>
    </message>
    <message>
        <source>Saved to %1. This export is recorded.</source>
        <translation>Guardado en %1. Esta exportación queda registrada.</translation>
    </message>
    <message>
        <source>Choose a course with a certificate first.</source>
        <translation>Elija primero un curso con certificado.</translation>
    </message>
    <message>
        <source>Save a copy of the certificate</source>
        <translation>Guardar una copia del certificado</translation>
    </message>
    <message>
        <source>Certificate (*.%1)</source>
        <translation>Certificado (*.%1)</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Elija primero un curso.</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Quitar curso</translation>
    </message>
    <message>
        <source>Remove “%1” and its certificate from the log? This cannot be undone.</source>
        <translation>¿Quitar “%1” y su certificado del registro? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>DataRequests</name>
    <message>
        <source>The day it was received cannot be in the future.</source>
        <translation>El día de recepción no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>This client is not in the vault.</source>
        <translation>Este cliente no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This request is not in the log.</source>
        <translation>Esta solicitud no está en el registro.</translation>
    </message>
    <message>
        <source>This request is closed; its deadline no longer runs.</source>
        <translation>Esta solicitud está cerrada; su plazo ya no corre.</translation>
    </message>
    <message>
        <source>The deadline was extended already; the law allows one extension of two months.</source>
        <translation>El plazo ya se amplió; la ley permite una ampliación de dos meses.</translation>
    </message>
    <message>
        <source>Say why more time is needed: the client is told the reason.</source>
        <translation>Indique por qué se necesita más tiempo: se informa al cliente del motivo.</translation>
    </message>
    <message>
        <source>The deadline has passed: an extension is made within the first month.</source>
        <translation>El plazo ha vencido: la ampliación se hace dentro del primer mes.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Esta solicitud ya se respondió.</translation>
    </message>
    <message>
        <source>It cannot be answered before it was received.</source>
        <translation>No se puede responder antes de haberse recibido.</translation>
    </message>
    <message>
        <source>Check that the request comes from the client (and record how) before answering it.</source>
        <translation>Compruebe que la solicitud viene del cliente (y anote cómo) antes de responderla.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type it as %1, or pick the day on the calendar.</source>
        <translation>Escríbala como %1, o elija el día en el calendario.</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <source>Report to sponsor</source>
        <translation>Informe para el patrocinador</translation>
    </message>
    <message>
        <source>Legal export</source>
        <translation>Exportación legal</translation>
    </message>
    <message>
        <source>Packet for the client</source>
        <translation>Dosier para el cliente</translation>
    </message>
    <message>
        <source>This disclosure is not in the vault.</source>
        <translation>Esta comunicación no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>The records changed while the file was being made, three times over. Nothing was exported; try again.</source>
        <translation>Los datos cambiaron mientras se creaba el archivo, tres veces seguidas. No se exportó nada; vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>words kept in the disclosure log</source>
        <translation>palabras conservadas en el registro de comunicaciones</translation>
    </message>
    <message>
        <source>report items</source>
        <translation>elementos de informe</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>aprobaciones</translation>
    </message>
    <message>
        <source>signed forms</source>
        <translation>formularios firmados</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>extractos</translation>
    </message>
    <message>
        <source>note revisions</source>
        <translation>versiones anteriores de las notas</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>agreement texts</source>
        <translation>textos de los acuerdos</translation>
    </message>
    <message>
        <source>client details</source>
        <translation>datos del cliente</translation>
    </message>
    <message>
        <source>session places</source>
        <translation>lugares de las sesiones</translation>
    </message>
    <message>
        <source>sponsor request texts</source>
        <translation>textos de las solicitudes del patrocinador</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of a client&apos;s records</source>
        <translation>Eliminar los datos de un cliente</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This removes %1&apos;s records for good: %2. It also removes them from the backups in your backup folder. Session dates, lengths and fees stay for tax purposes, without any content. You will be asked where to save a disposal receipt.</source>
        <translation>Esto quita definitivamente los datos de %1: %2. También los quita de las copias de seguridad de su carpeta de copias. Las fechas, duraciones y tarifas de las sesiones se conservan a efectos fiscales, sin ningún contenido. Se le preguntará dónde guardar una constancia de eliminación.</translation>
    </message>
    <message>
        <source>Basis for disposal</source>
        <translation>Motivo de la eliminación</translation>
    </message>
    <message>
        <source>Optional: printed on the receipt, never kept</source>
        <translation>Opcional: se imprime en la constancia, nunca se guarda</translation>
    </message>
    <message>
        <source>Note for the receipt</source>
        <translation>Nota para la constancia</translation>
    </message>
    <message>
        <source>The note goes on the disposal receipt only: CoachDesk keeps the basis you choose, never the note, since it could name the client.</source>
        <translation>La nota solo aparece en la constancia de eliminación: CoachDesk guarda el motivo que elija, nunca la nota, ya que podría nombrar al cliente.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
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
        <translation>Cliente + patrocinador, si el cliente aprueba</translation>
    </message>
    <message>
        <source>Sponsor only (hidden from the client)</source>
        <translation>Solo patrocinador (oculto al cliente)</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>por sesión</translation>
    </message>
    <message>
        <source>for the whole engagement</source>
        <translation>por todo el proceso</translation>
    </message>
    <message>
        <source>for a package of sessions</source>
        <translation>por un paquete de sesiones</translation>
    </message>
    <message>
        <source>count as used</source>
        <translation>cuentan como usadas</translation>
    </message>
    <message>
        <source>do not count</source>
        <translation>no cuentan</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Editar proceso</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nuevo proceso</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>este proceso</translation>
    </message>
    <message>
        <source>e.g. Leadership coaching</source>
        <translation>p. ej., Coaching de liderazgo</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation>Aún sin fecha de fin</translation>
    </message>
    <message>
        <source>No sponsor (the client pays)</source>
        <translation>Sin patrocinador (paga el cliente)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>choose what the fee is for</source>
        <translation>elija a qué corresponde la tarifa</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>Qué cubre la tarifa</translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>Sesiones &amp;planificadas</translation>
    </message>
    <message>
        <source>No last day</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>choose: does a missed session count?</source>
        <translation>elija: ¿cuenta una sesión perdida?</translation>
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
        <translation>Quién puede saberlo</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Añadir &amp;objetivo</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>&amp;Quitar objetivo</translation>
    </message>
    <message>
        <source>This fee was kept before CoachDesk asked what it is for. Say whether %1 is per session or for the whole engagement. An agreement already written keeps its words.</source>
        <translation>Esta tarifa se guardó antes de que CoachDesk preguntara a qué corresponde. Indique si %1 es por sesión o por todo el proceso. Un acuerdo ya redactado conserva su texto.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;From, to</source>
        <translation>&amp;Desde, hasta</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Patrocinador</translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>Tari&amp;fa</translation>
    </message>
    <message>
        <source>&amp;Use by</source>
        <translation>&amp;Usar antes del</translation>
    </message>
    <message>
        <source>&amp;Missed sessions</source>
        <translation>Sesiones perd&amp;idas</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation>la tarifa</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Registro de coaching</translation>
    </message>
    <message>
        <source>The fee was %1 %2: check it, now that it is %3.</source>
        <translation>La tarifa era %1 %2: revísela, ahora que es %3.</translation>
    </message>
    <message numerus="yes">
        <source>Converted: %1 %2 for %n sessions comes to %3 %4.</source>
        <translation>
            <numerusform>Convertido: %1 %2 por %n sesión suman %3 %4.</numerusform>
            <numerusform>Convertido: %1 %2 por %n sesiones suman %3 %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions in the &amp;package</source>
        <translation>Sesiones del pa&amp;quete</translation>
    </message>
    <message>
        <source>What the client wants to achieve</source>
        <translation>Lo que el cliente quiere lograr</translation>
    </message>
    <message>
        <source>Who may know this goal</source>
        <translation>Quién puede conocer este objetivo</translation>
    </message>
</context>
<context>
    <name>Engagements</name>
    <message>
        <source>A package holds at least one session: say how many.</source>
        <translation>Un paquete incluye al menos una sesión: indique cuántas.</translation>
    </message>
    <message>
        <source>Say whether a missed session counts as one of the package&apos;s sessions: the agreement will state it.</source>
        <translation>Indique si una sesión perdida cuenta como una de las sesiones del paquete: el acuerdo lo indicará.</translation>
    </message>
    <message>
        <source>Say what this engagement&apos;s fee is for (each session, or the whole engagement): it was entered before CoachDesk asked. Edit the engagement to choose.</source>
        <translation>Indique a qué corresponde la tarifa de este proceso (cada sesión o el proceso completo): se introdujo antes de que CoachDesk lo preguntara. Edite el proceso para elegirlo.</translation>
    </message>
    <message>
        <source>Every goal must be visible to the client. A goal the sponsor wants kept from the client is an ethical conflict under the ICF Code of Ethics: talk it through with the client and sponsor together, and record it only as a goal the client knows.</source>
        <translation>Todo objetivo debe ser visible para el cliente. Un objetivo que el patrocinador quiere ocultar al cliente es un conflicto ético según el Código de Ética de ICF: háblelo con el cliente y el patrocinador juntos, y regístrelo solo como un objetivo que el cliente conoce.</translation>
    </message>
    <message>
        <source>A goal cannot be empty.</source>
        <translation>Un objetivo no puede estar vacío.</translation>
    </message>
    <message>
        <source>Planned sessions cannot be negative.</source>
        <translation>Las sesiones previstas no pueden ser negativas.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>La moneda es un código de tres letras como EUR o USD.</translation>
    </message>
    <message>
        <source>The package&apos;s last day comes before the engagement starts: choose it again.</source>
        <translation>El último día del paquete es anterior al inicio del proceso: elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Este proceso ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Sessions of this engagement were held at fees in %1 and are not invoiced yet: invoice them in %1 first, then change the currency (or start a new engagement in the new currency).</source>
        <translation>Hay sesiones de este proceso realizadas con tarifas en %1 que aún no se han facturado: factúrelas primero en %1 y después cambie la moneda (o empiece un nuevo proceso en la nueva moneda).</translation>
    </message>
    <message>
        <source>A signed agreement for this engagement states the fee:%1. Its words cannot change; end that agreement and make a new one to agree a new fee or package.</source>
        <translation>Un acuerdo firmado para este proceso indica la tarifa:%1. Su texto no puede cambiar; termine ese acuerdo y haga uno nuevo para acordar una nueva tarifa o paquete.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>This is not an erasure request.</source>
        <translation>Esta no es una solicitud de supresión.</translation>
    </message>
</context>
<context>
    <name>EthicsGuide</name>
    <message>
        <source>How a sponsor report is made</source>
        <translation>Cómo se elabora un informe para el patrocinador</translation>
    </message>
    <message>
        <source>1. The agreement says what the sponsor may receive</source>
        <translation>1. El acuerdo dice lo que puede recibir el patrocinador</translation>
    </message>
    <message>
        <source>A three-party agreement names what may be shared with the sponsor (attendance, session dates, hours, progress in the client&apos;s approved words) and the limits of confidentiality. Nothing is active, and nothing can be reported, until every party has signed.</source>
        <translation>Un acuerdo tripartito indica lo que se puede compartir con el patrocinador (asistencia, fechas de las sesiones, horas, progreso con las palabras aprobadas por el cliente) y los límites de la confidencialidad. Nada está activo, y no se puede informar de nada, hasta que todas las partes hayan firmado.</translation>
    </message>
    <message>
        <source>2. Your notes stay yours</source>
        <translation>2. Sus notas son solo suyas</translation>
    </message>
    <message>
        <source>Session notes are private by default. A note never leaves the vault on its own: only an excerpt, written fresh or lifted from a note, can be offered for a report.</source>
        <translation>Las notas de sesión son privadas por defecto. Una nota nunca sale sola de la caja fuerte: solo un extracto, escrito desde cero o tomado de una nota, puede proponerse para un informe.</translation>
    </message>
    <message>
        <source>3. The client approves the exact words</source>
        <translation>3. El cliente aprueba las palabras exactas</translation>
    </message>
    <message>
        <source>Go through the draft with your client in review mode, which shows the report and nothing else, or give them a release form to sign. Each approval records who gave it, how and when. Changing an approved excerpt voids its approval.</source>
        <translation>Revise el borrador con su cliente en el modo revisión, que muestra el informe y nada más, o entréguele un formulario de autorización para que lo firme. Cada aprobación registra quién la dio, cómo y cuándo. Cambiar un extracto aprobado anula su aprobación.</translation>
    </message>
    <message>
        <source>4. Only approved words are exported</source>
        <translation>4. Solo se exportan palabras aprobadas</translation>
    </message>
    <message>
        <source>The report exports as a PDF only when every item carries a current approval for that sponsor. Each export is recorded as a disclosure: what went to whom, and when.</source>
        <translation>El informe se exporta como PDF solo cuando cada elemento tiene una aprobación vigente para ese patrocinador. Cada exportación queda registrada como una comunicación: qué se envió, a quién y cuándo.</translation>
    </message>
    <message>
        <source>Why: the ICF Code of Ethics asks for the strictest confidentiality, a clear agreement among coach, client and sponsor on how information is exchanged, and written limits to confidentiality. When a sponsor asks for more than was agreed, the agreement&apos;s words and the disclosure log are your calm answer.</source>
        <translation>Por qué: el Código de Ética de ICF pide la confidencialidad más estricta, un acuerdo claro entre coach, cliente y patrocinador sobre cómo se intercambia la información, y límites de la confidencialidad por escrito. Cuando un patrocinador pide más de lo acordado, el texto del acuerdo y el registro de comunicaciones son su respuesta serena.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>“%1” is empty. Choose the scanned form itself.</source>
        <translation>“%1” está vacío. Elija el propio formulario escaneado.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence can be at most %3 MB. Scan the form again at a lower resolution (150 dpi is plenty) and attach that.</source>
        <translation>“%1” ocupa %2 MB; una prueba puede ocupar como máximo %3 MB. Escanee de nuevo el formulario con menos resolución (150 ppp bastan) y adjunte ese archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF or an image (PNG, JPEG or TIFF). Scan or save the signed form as one of these and attach that.</source>
        <translation>“%1” no es un PDF ni una imagen (PNG, JPEG o TIFF). Escanee o guarde el formulario firmado en uno de estos formatos y adjúntelo.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Esta aprobación ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This evidence is no longer in the vault.</source>
        <translation>Esta prueba ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Editar elemento</translation>
    </message>
    <message>
        <source>Lift words from a note</source>
        <translation>Tomar texto de una nota</translation>
    </message>
    <message>
        <source>Write an item</source>
        <translation>Redactar un elemento</translation>
    </message>
    <message>
        <source>The words the sponsor would read, as the client would approve them.</source>
        <translation>El texto que leería el patrocinador, tal como lo aprobaría el cliente.</translation>
    </message>
    <message>
        <source>Item words</source>
        <translation>Texto del elemento</translation>
    </message>
    <message>
        <source>Editing words the client already approved means asking again.</source>
        <translation>Editar un texto que el cliente ya aprobó supone volver a pedirle su aprobación.</translation>
    </message>
    <message>
        <source>The client will read and approve these exact words.</source>
        <translation>El cliente leerá y aprobará este texto exacto.</translation>
    </message>
    <message>
        <source>Words for the sponsor</source>
        <translation>Texto para el patrocinador</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Nota compartida</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Use the &amp;selected words →</source>
        <translation>Usar el texto &amp;seleccionado →</translation>
    </message>
    <message>
        <source>Notes the sponsor may see, if the client approves</source>
        <translation>Notas que puede ver el patrocinador, si el cliente aprueba</translation>
    </message>
    <message>
        <source>None of this client&apos;s notes is marked “Sponsor, if client approves”. Choose that for a note (right-click it on the client&apos;s page) to lift words from it, or write the item fresh.</source>
        <translation>Ninguna nota de este cliente está marcada como “Patrocinador, si el cliente aprueba”. Elija esa opción para una nota (haga clic derecho en ella en la página del cliente) para tomar palabras de ella, o escriba el elemento desde cero.</translation>
    </message>
    <message>
        <source>Select the words in the note first.</source>
        <translation>Seleccione primero el texto en la nota.</translation>
    </message>
</context>
<context>
    <name>Excerpts</name>
    <message>
        <source>An excerpt cannot be empty.</source>
        <translation>Un extracto no puede estar vacío.</translation>
    </message>
    <message>
        <source>That note is not this client&apos;s.</source>
        <translation>Esa nota no es de este cliente.</translation>
    </message>
    <message>
        <source>A private note is the coach&apos;s own: nothing is lifted from it for a sponsor.</source>
        <translation>Una nota privada es solo del coach: no se toma nada de ella para un patrocinador.</translation>
    </message>
    <message>
        <source>This note is shared with the client only: choose &quot;Sponsor, if client approves&quot; for it first.</source>
        <translation>Esta nota solo se comparte con el cliente: elija primero «Patrocinador, si el cliente aprueba» para ella.</translation>
    </message>
    <message>
        <source>This excerpt is no longer in the vault.</source>
        <translation>Este extracto ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>FeeToConfirm</name>
    <message>
        <source>Confirm the &amp;fee…</source>
        <translation>Confirmar la &amp;tarifa…</translation>
    </message>
    <message>
        <source>%1’s %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>Is the fee of %1, %2, per session or for the whole engagement? It was kept before CoachDesk asked.</source>
        <translation>¿La tarifa de %1, %2, es por sesión o por todo el proceso? Se guardó antes de que CoachDesk lo preguntara.</translation>
    </message>
    <message numerus="yes">
        <source>Then %n more engagement(s).</source>
        <translation>
            <numerusform>Y %n proceso más.</numerusform>
            <numerusform>Y %n procesos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Disposal method</source>
        <translation>El método de eliminación</translation>
    </message>
    <message>
        <source>This setting</source>
        <translation>Este ajuste</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>El nombre de la organización</translation>
    </message>
    <message>
        <source>A clause</source>
        <translation>Una cláusula</translation>
    </message>
    <message>
        <source>A clause heading</source>
        <translation>El encabezado de una cláusula</translation>
    </message>
    <message>
        <source>A fact</source>
        <translation>Un dato</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Un objetivo</translation>
    </message>
    <message>
        <source>A goal&apos;s visibility</source>
        <translation>La visibilidad de un objetivo</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>A section&apos;s heading</source>
        <translation>El encabezado de una sección</translation>
    </message>
    <message>
        <source>A section&apos;s prompt</source>
        <translation>La pregunta guía de una sección</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>El tipo de acuerdo</translation>
    </message>
    <message>
        <source>An action item</source>
        <translation>Una tarea</translation>
    </message>
    <message>
        <source>An excerpt</source>
        <translation>Un extracto</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>El nombre de facturación</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>La moneda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>El correo electrónico</translation>
    </message>
    <message>
        <source>How identity was checked</source>
        <translation>La forma en que se comprobó la identidad</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>La forma en que llegó</translation>
    </message>
    <message>
        <source>How the client approved</source>
        <translation>La forma en que aprobó el cliente</translation>
    </message>
    <message>
        <source>Paid or pro bono</source>
        <translation>Remunerado o pro bono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>El teléfono</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Los pronombres</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>El cargo</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>El método de firma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>El estado</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>The agreement&apos;s language</source>
        <translation>El idioma del acuerdo</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>El título del acuerdo</translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation>La fecha de aprobación</translation>
    </message>
    <message>
        <source>The basis for disposal</source>
        <translation>El motivo de la eliminación</translation>
    </message>
    <message>
        <source>The certificate&apos;s file name</source>
        <translation>El nombre del archivo del certificado</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>El nombre del cliente</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>El servicio en la nube</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>El nombre del contacto</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>El curso</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>La credencial</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>La fecha de la solicitud</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>La fecha de la respuesta</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>El día</translation>
    </message>
    <message>
        <source>The day it was answered</source>
        <translation>El día en que se respondió</translation>
    </message>
    <message>
        <source>The day it was paid</source>
        <translation>El día en que se pagó</translation>
    </message>
    <message>
        <source>The day it was received</source>
        <translation>El día en que se recibió</translation>
    </message>
    <message>
        <source>The day of the course</source>
        <translation>El día del curso</translation>
    </message>
    <message>
        <source>The day of the extension</source>
        <translation>El día de la ampliación</translation>
    </message>
    <message>
        <source>The day the client agreed</source>
        <translation>El día en que el cliente dio su acuerdo</translation>
    </message>
    <message>
        <source>The day the credential was awarded</source>
        <translation>El día en que se otorgó la credencial</translation>
    </message>
    <message>
        <source>The day your coach training started</source>
        <translation>El día en que empezó su formación de coach</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>La fecha de vencimiento</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La fecha de fin</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>El final del período</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>La fecha de caducidad</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>La tarifa</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>El primer día</translation>
    </message>
    <message>
        <source>The invoice&apos;s date</source>
        <translation>La fecha de la factura</translation>
    </message>
    <message>
        <source>The kind of education</source>
        <translation>El tipo de formación</translation>
    </message>
    <message>
        <source>The kind of request</source>
        <translation>El tipo de solicitud</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>El último día</translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation>La base jurídica</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>The note on the identity check</source>
        <translation>La nota sobre la comprobación de identidad</translation>
    </message>
    <message>
        <source>The note on the outcome</source>
        <translation>La nota sobre el resultado</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>The package&apos;s last day</source>
        <translation>El último día del paquete</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>La frase de contraseña</translation>
    </message>
    <message>
        <source>The print language</source>
        <translation>El idioma de impresión</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>El proveedor</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>La finalidad</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>El motivo de la ampliación</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>The signature date</source>
        <translation>La fecha de la firma</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>El nombre del firmante</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La fecha de inicio</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>El inicio del período</translation>
    </message>
    <message>
        <source>The tax&apos;s name</source>
        <translation>El nombre del impuesto</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>El nombre de la plantilla</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Esta nota</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>Lo que cubre la tarifa</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Lo que puede recibir el patrocinador</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Lo que se pidió</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>El destino de las copias de seguridad</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>Quién aprobó</translation>
    </message>
    <message>
        <source>Who asked for the record</source>
        <translation>Quién pidió el expediente</translation>
    </message>
    <message>
        <source>Who is billed</source>
        <translation>A quién se factura</translation>
    </message>
    <message>
        <source>Whose action it is</source>
        <translation>De quién es la tarea</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Qué conservar</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CoachDesk will not write %1: %2. Nothing was written there. Choose another name, or a folder that is yours alone.</source>
        <translation>CoachDesk no escribirá %1: %2. No se escribió nada ahí. Elija otro nombre, o una carpeta que sea solo suya.</translation>
    </message>
    <message>
        <source>CoachDesk will not keep %1 in %2: %3</source>
        <translation>CoachDesk no guardará %1 en %2: %3</translation>
    </message>
    <message>
        <source>a link to another place stands at that name</source>
        <translation>con ese nombre hay un enlace a otro lugar</translation>
    </message>
    <message>
        <source>something other than an ordinary file stands at that name</source>
        <translation>con ese nombre hay algo que no es un archivo corriente</translation>
    </message>
    <message>
        <source>a file that belongs to another account stands at that name</source>
        <translation>con ese nombre hay un archivo que pertenece a otra cuenta</translation>
    </message>
    <message>
        <source>a file already stands at that name</source>
        <translation>ya hay un archivo con ese nombre</translation>
    </message>
    <message>
        <source>the file being written was replaced by another before it was finished</source>
        <translation>el archivo que se estaba escribiendo fue sustituido por otro antes de terminar</translation>
    </message>
    <message>
        <source>your vault</source>
        <translation>su caja fuerte</translation>
    </message>
    <message>
        <source>start CoachDesk with --home and a folder in your home folder</source>
        <translation>inicie CoachDesk con --home y una carpeta dentro de su carpeta personal</translation>
    </message>
    <message>
        <source>that folder belongs to another account on this computer, which could read or replace what is in it. Choose a folder of your own (%1).</source>
        <translation>esa carpeta pertenece a otra cuenta de este equipo, que podría leer o sustituir lo que contiene. Elija una carpeta propia (%1).</translation>
    </message>
    <message>
        <source>other accounts on this computer can add or change files in that folder. Make it yours alone (in a terminal: %1), or choose another folder (%2).</source>
        <translation>otras cuentas de este equipo pueden añadir o cambiar archivos en esa carpeta. Hágala solo suya (en un terminal: %1), o elija otra carpeta (%2).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CoachDesk</source>
        <translation>Configurar CoachDesk</translation>
    </message>
</context>
<context>
    <name>FrameCard</name>
    <message>
        <source>The report as it will be sent</source>
        <translation>El informe tal como se enviará</translation>
    </message>
    <message>
        <source>You approved the report as shown here.</source>
        <translation>Usted aprobó el informe tal como se muestra aquí.</translation>
    </message>
    <message>
        <source>Something here changed since you approved it. Please read it again.</source>
        <translation>Algo cambió aquí desde que lo aprobó. Por favor, léalo de nuevo.</translation>
    </message>
    <message>
        <source>Not approved yet. Approving a passage approves this too.</source>
        <translation>Aún sin aprobar. Al aprobar un pasaje, también se aprueba esto.</translation>
    </message>
    <message>
        <source>Approve the report as shown</source>
        <translation>Aprobar el informe tal como se muestra</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>El informe tal como se enviará  ·  código del informe %1</translation>
    </message>
    <message>
        <source>The report as it will be sent: %1</source>
        <translation>El informe tal como se enviará: %1</translation>
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
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Add your first client: the person you coach.</source>
        <translation>Añada su primer cliente: la persona a la que acompaña.</translation>
    </message>
    <message>
        <source>Add the sponsor that pays for the coaching, with the manager or HR partner as its contact.</source>
        <translation>Añada el patrocinador que paga el coaching, con el responsable o la persona de RR. HH. como contacto.</translation>
    </message>
    <message>
        <source>Open the client&apos;s page and choose New engagement: its dates, goals, fee and sponsor.</source>
        <translation>Abra la página del cliente y elija Nuevo proceso: sus fechas, objetivos, tarifa y patrocinador.</translation>
    </message>
    <message>
        <source>Make the agreement for the engagement: confidentiality and its limits, fees, and what the sponsor may receive. Every party signs.</source>
        <translation>Cree el acuerdo del proceso: la confidencialidad y sus límites, las tarifas y lo que puede recibir el patrocinador. Firman todas las partes.</translation>
    </message>
    <message>
        <source>Plan a session from the client&apos;s page, or start one and write your notes as you go.</source>
        <translation>Planifique una sesión desde la página del cliente, o empiece una y escriba sus notas sobre la marcha.</translation>
    </message>
    <message>
        <source>Make a report for the sponsor: only words the client has approved can go in it (Help → How a sponsor report is made).</source>
        <translation>Cree un informe para el patrocinador: solo pueden entrar en él palabras que el cliente haya aprobado (Ayuda → Cómo se elabora un informe para el patrocinador).</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>New sponsor…</source>
        <translation>Nuevo patrocinador…</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Ir a clientes</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nuevo acuerdo…</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nuevo informe…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Hide this list</source>
        <translation>&amp;Ocultar esta lista</translation>
    </message>
    <message>
        <source>You can always find your way in Help</source>
        <translation>Siempre puede orientarse en Ayuda</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Open notes the vault refused to save when CoachDesk locked (too large, or the disk was full): %n. Their unsaved text was cleared from the screen with everything else.</source>
        <translation>Notas abiertas que la caja fuerte no pudo guardar cuando CoachDesk bloqueó la caja fuerte (demasiado grandes, o el disco estaba lleno): %n. Su texto sin guardar se borró de la pantalla junto con todo lo demás.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>This engagement has no sponsor: bill the client.</source>
        <translation>Este proceso no tiene patrocinador: facture al cliente.</translation>
    </message>
    <message>
        <source>That contact is no longer the sponsor&apos;s.</source>
        <translation>Ese contacto ya no es del patrocinador.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No signed agreement for this engagement is active, so nothing about the sessions may go to the sponsor: bill the client, or make the agreement active first.</source>
        <translation>No hay ningún acuerdo firmado activo para este proceso, así que nada sobre las sesiones puede ir al patrocinador: facture al cliente o active primero el acuerdo.</translation>
    </message>
    <message>
        <source>The agreement does not let the sponsor receive %1. An invoice tells them that: bill the client, or agree it with the client and sponsor first.</source>
        <translation>El acuerdo no permite que el patrocinador reciba %1. Una factura se lo indica: facture al cliente o acuérdelo primero con el cliente y el patrocinador.</translation>
    </message>
    <message>
        <source>The invoice&apos;s date %1 is later than today (%2): an invoice is dated the day it is issued or earlier.</source>
        <translation>La fecha de la factura, %1, es posterior a hoy (%2): una factura lleva la fecha del día en que se emite o una anterior.</translation>
    </message>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>El tipo impositivo está entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>Name the tax (for example VAT or Sales tax).</source>
        <translation>Indique el nombre del impuesto (por ejemplo, IVA).</translation>
    </message>
    <message>
        <source>Bill the whole package or chosen sessions, not both.</source>
        <translation>Facture el paquete completo o sesiones elegidas, no ambas cosas.</translation>
    </message>
    <message>
        <source>Choose at least one session to bill.</source>
        <translation>Elija al menos una sesión para facturar.</translation>
    </message>
    <message>
        <source>The due date comes before the invoice&apos;s date.</source>
        <translation>El vencimiento es anterior a la fecha de la factura.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Este proceso ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Invoice numbers follow their dates: the last invoice of %1 is dated %2, so this one cannot be dated earlier (if that date was a slip, void that invoice and issue it again).</source>
        <translation>Los números de factura siguen sus fechas: la última factura de %1 tiene fecha %2, así que esta no puede tener una fecha anterior (si esa fecha fue un error, anule esa factura y emítala de nuevo).</translation>
    </message>
    <message>
        <source>A session chosen is already on another invoice, no longer held, or a missed session the agreement does not charge: choose the sessions again.</source>
        <translation>Una sesión elegida ya está en otra factura, ya no consta como realizada o es una sesión perdida que el acuerdo no cobra: elija las sesiones de nuevo.</translation>
    </message>
    <message>
        <source>This engagement is not a package: choose its sessions to bill.</source>
        <translation>Este proceso no es un paquete: elija las sesiones que va a facturar.</translation>
    </message>
    <message>
        <source>This package, or some of its sessions, is already on an invoice: void that invoice first to bill the package whole.</source>
        <translation>Este paquete, o algunas de sus sesiones, ya está en una factura: anule primero esa factura para facturar el paquete completo.</translation>
    </message>
    <message>
        <source>Invoice %1 was voided: it cannot be paid.</source>
        <translation>La factura %1 se anuló: no se puede pagar.</translation>
    </message>
    <message>
        <source>The payment date comes before the invoice&apos;s.</source>
        <translation>La fecha de pago es anterior a la de la factura.</translation>
    </message>
    <message>
        <source>Invoice %1 is already voided.</source>
        <translation>La factura %1 ya está anulada.</translation>
    </message>
    <message>
        <source>Invoice %1 is marked paid: mark it unpaid first if the payment was returned.</source>
        <translation>La factura %1 está marcada como pagada: márquela primero como no pagada si el pago se devolvió.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the vault.</source>
        <translation>Esta factura ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Change the words</source>
        <translation>Cambiar el texto</translation>
    </message>
    <message>
        <source>Approve these words</source>
        <translation>Aprobar este texto</translation>
    </message>
    <message>
        <source>Change them together</source>
        <translation>Cambiarlo juntos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Strike it out</source>
        <translation>Tacharlo</translation>
    </message>
    <message>
        <source>Keep the new words</source>
        <translation>Conservar el texto nuevo</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>Pasaje %1: %2</translation>
    </message>
    <message>
        <source>You approved these words.</source>
        <translation>Usted aprobó este texto.</translation>
    </message>
    <message>
        <source>Struck out: this will not be sent.</source>
        <translation>Tachado: no se enviará.</translation>
    </message>
    <message>
        <source>These words changed since you approved them: please read them again.</source>
        <translation>Este texto cambió desde que usted lo aprobó: léalo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>The report around these words changed since you approved them: please read them again.</source>
        <translation>El informe que rodea estas palabras cambió desde que las aprobó: por favor, léalas de nuevo.</translation>
    </message>
    <message>
        <source>Your earlier approval no longer counts.</source>
        <translation>Su aprobación anterior ya no cuenta.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Aún no aprobado.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join your practice</source>
        <translation>Unirse a su práctica</translation>
    </message>
    <message>
        <source>Your practice comes to this computer from the folder your sync service keeps in step with the other one.</source>
        <translation>Su práctica llega a este equipo desde la carpeta que su servicio de sincronización mantiene al día con el otro.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>Choose the synced &amp;folder…</source>
        <translation>Elegir la &amp;carpeta sincronizada…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aún no se ha elegido ninguna carpeta.</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de emparejamiento</translation>
    </message>
    <message>
        <source>The &amp;pairing code</source>
        <translation>El &amp;código de emparejamiento</translation>
    </message>
    <message>
        <source>The other computer shows it in Settings, under &quot;Use this practice on another computer&quot;: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation type="vanished">El otro equipo lo muestra en Ajustes, en “Usar esta práctica en otro equipo”: 13 grupos de 5 caracteres. Los guiones, los espacios y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Not this computer&apos;s recovery code: the pairing code is a different code, shown on the other computer in Settings, under &quot;Use this practice on another computer&quot;. 13 groups of 5 characters; dashes, spaces and case do not matter.</source>
        <translation>No es el código de recuperación de este equipo: el código de emparejamiento es otro código, que el otro equipo muestra en Ajustes, en “Usar esta práctica en otro equipo”. 13 grupos de 5 caracteres; los guiones, los espacios y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Your synced folder</source>
        <translation>Su carpeta sincronizada</translation>
    </message>
    <message>
        <source>Choose the folder your sync service keeps in step</source>
        <translation>Elija la carpeta que su servicio de sincronización mantiene al día</translation>
    </message>
    <message>
        <source>Checking the folder and the code…</source>
        <translation>Comprobando la carpeta y el código…</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s vault…</source>
        <translation>Creando la caja fuerte de este equipo…</translation>
    </message>
    <message>
        <source>Reading the changes in the synced folder…</source>
        <translation>Leyendo los cambios de la carpeta sincronizada…</translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %2 change(s) applied…</source>
        <translation>
            <numerusform>Construyendo su práctica aquí: %1 de %2 cambio aplicado…</numerusform>
            <numerusform>Construyendo su práctica aquí: %1 de %2 cambios aplicados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %n batch(es) of changes applied…</source>
        <translation type="vanished">
            <numerusform>Construyendo su práctica aquí: %1 de %n lote de cambios aplicado…</numerusform>
            <numerusform>Construyendo su práctica aquí: %1 de %n lotes de cambios aplicados…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Your practice is on this computer: %1 and %2.</source>
        <translation>Su práctica está en este equipo: %1 y %2.</translation>
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
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes are still on their way: the rest follows when your sync service delivers them.</source>
        <translation>Algunos cambios aún están en camino: el resto llegará cuando su servicio de sincronización los entregue.</translation>
    </message>
    <message>
        <source>Disclosures made on this computer are numbered with the letter %1 (D-%1000001).</source>
        <translation>Las comunicaciones hechas en este equipo se numeran con la letra %1 (D-%1000001).</translation>
    </message>
    <message>
        <source>CoachDesk could not join the practice (%1). Your folder and code are kept: try again.</source>
        <translation>CoachDesk no pudo unirse a la práctica (%1). Su carpeta y su código se conservan: inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation>el llavero del escritorio (Secret Service)</translation>
    </message>
    <message>
        <source>the desktop keyring (libsecret)</source>
        <translation>el llavero del escritorio (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>el llavero de macOS</translation>
    </message>
    <message>
        <source>This computer has no system keyring that CoachDesk can use to keep the vault&apos;s key safe.</source>
        <translation>Este equipo no tiene un llavero del sistema que CoachDesk pueda usar para guardar la clave de la caja fuerte de forma segura.</translation>
    </message>
    <message>
        <source>The keyring on this computer would keep the vault&apos;s key in a plain file, which is not safe enough for client records.</source>
        <translation>El llavero de este equipo guardaría la clave de la caja fuerte en un archivo sin cifrar, lo que no es lo bastante seguro para los datos de los clientes.</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>el llavero del sistema (%1)</translation>
    </message>
    <message>
        <source>The vault&apos;s key will be kept in %1.</source>
        <translation>La clave de la caja fuerte se guardará en %1.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>El llavero del sistema está bloqueado.</translation>
    </message>
    <message>
        <source>This computer has no system keyring.</source>
        <translation>Este equipo no tiene llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1).</source>
        <translation>El llavero del sistema no respondió (%1).</translation>
    </message>
    <message>
        <source>The system keyring failed (%1).</source>
        <translation>El llavero del sistema falló (%1).</translation>
    </message>
    <message>
        <source>the keyring that kept it</source>
        <translation>el llavero que la guardaba</translation>
    </message>
    <message>
        <source>This vault&apos;s key was kept in %1, which does not answer now.</source>
        <translation>La clave de esta caja fuerte se guardaba en %1, que ahora no responde.</translation>
    </message>
    <message>
        <source>The keyring named for this vault is not a safe one.</source>
        <translation>El llavero indicado para esta caja fuerte no es seguro.</translation>
    </message>
</context>
<context>
    <name>LegalExportDialog</name>
    <message>
        <source>Legal export of a whole record</source>
        <translation>Exportación legal de un expediente completo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>This releases %1&apos;s whole record, private notes included. Use it only for a court order or subpoena, another legal obligation, or the client&apos;s own request for their record. It is logged as a disclosure. A sponsor never receives this: a sponsor receives only a report the client approved.</source>
        <translation>Esto entrega el expediente completo de %1, incluidas las notas privadas. Úselo solo ante una orden judicial o un requerimiento, otra obligación legal o la solicitud del propio cliente de su expediente. Se registra como comunicación. Un patrocinador nunca recibe esto: un patrocinador recibe solo un informe que el cliente aprobó.</translation>
    </message>
    <message>
        <source>e.g. District Court of Utrecht, or the client</source>
        <translation>p. ej., Tribunal de Distrito de Utrecht, o el cliente</translation>
    </message>
    <message>
        <source>e.g. Court order C/16/123 of 2026-06-01</source>
        <translation>p. ej., Orden judicial C/16/123 del 2026-06-01</translation>
    </message>
    <message>
        <source>The client asked for their own record</source>
        <translation>El cliente pidió su propio expediente</translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation>&amp;Solicitado por</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base jurídica</translation>
    </message>
</context>
<context>
    <name>LegalExports</name>
    <message>
        <source>Say on what basis the record is released (for example: court order no. 123 of 2026-05-01).</source>
        <translation>Indique con qué base se entrega el expediente (por ejemplo: orden judicial n.º 123 del 2026-05-01).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo practice: every client here is invented. Your own vault is separate and untouched.</source>
        <translation>Práctica de demostración: todos los clientes son inventados. Su propia caja fuerte es independiente y no se toca.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Cierre primero las notas</translation>
    </message>
    <message>
        <source>Close the open notes before showing the report to the client: they are separate windows and would stay on screen.</source>
        <translation>Cierre las notas abiertas antes de mostrar el informe al cliente: son ventanas aparte y seguirían en pantalla.</translation>
    </message>
    <message>
        <source>Opening the demo practice…</source>
        <translation>Abriendo la práctica de demostración…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Bloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Salir</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Crear a partir de la plantilla</translation>
    </message>
    <message>
        <source>Your name, as it should appear</source>
        <translation>Su nombre, tal como debe figurar</translation>
    </message>
    <message>
        <source>The agreement is written in this language and keeps it once made.</source>
        <translation>El acuerdo se redacta en este idioma y lo conserva una vez creado.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Proceso</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A three-party agreement when the engagement has a sponsor, a coach-client agreement otherwise.</source>
        <translation>Un acuerdo tripartito cuando el proceso tiene patrocinador; si no, un acuerdo entre coach y cliente.</translation>
    </message>
    <message>
        <source>Add an engagement on a client&apos;s page first: an agreement belongs to an engagement.</source>
        <translation>Añada primero un proceso en la página de un cliente: un acuerdo pertenece a un proceso.</translation>
    </message>
</context>
<context>
    <name>NewCodeBox</name>
    <message>
        <source>&amp;New pairing code…</source>
        <translation>&amp;Nuevo código de emparejamiento…</translation>
    </message>
    <message>
        <source>This computer needs the practice&apos;s new pairing code. Another computer of the practice replaced the code, so what it writes cannot be read here until you type the new one, shown in Settings on that computer. Nothing made on this computer is lost: it goes out again once the new code is in.</source>
        <translation>Este equipo necesita el nuevo código de emparejamiento de la práctica. Otro equipo de la práctica ha sustituido el código, así que lo que escribe no se puede leer aquí hasta que escriba el nuevo, que se muestra en Ajustes en ese equipo. No se pierde nada de lo hecho en este equipo: se envía de nuevo en cuanto el nuevo código esté puesto.</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Nuevo código de emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Use this code</source>
        <translation>&amp;Usar este código</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: the current code then opens nothing written after it (what was written before, it still opens) and adds nothing. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation>¿Crear un nuevo código de emparejamiento para esta práctica?

Hágalo cuando un equipo de la práctica se haya vendido o perdido, o cuando alguien pueda haber visto el código: el código actual ya no abrirá nada de lo que se escriba después (lo escrito antes lo sigue abriendo) ni añadirá nada. Este equipo usa el nuevo código de inmediato.

Después, en cada uno de los demás equipos de esta práctica, abra Ajustes y escriba el nuevo código donde se le pida. Hasta entonces, ese equipo y este no se sincronizan; no se pierde nada de lo hecho en ninguno de los dos.</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: whoever has the current code can then no longer read or add to the practice&apos;s change files. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation type="vanished">¿Crear un nuevo código de emparejamiento para esta práctica?

Hágalo cuando un equipo de la práctica se haya vendido o perdido, o cuando alguien pueda haber visto el código: quien tenga el código actual ya no podrá leer los archivos de cambios de la práctica ni añadir otros. Este equipo usa el nuevo código de inmediato.

Después, en cada uno de los demás equipos de esta práctica, abra Ajustes y escriba el nuevo código donde se le pida. Hasta entonces, ese equipo y este no se sincronizan; no se pierde nada de lo hecho en ninguno de los dos.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Crear un código nuevo</translation>
    </message>
    <message>
        <source>The new pairing code is in use. Type it on each other computer of this practice, in Settings.</source>
        <translation>El nuevo código de emparejamiento está en uso. Escríbalo en cada uno de los demás equipos de esta práctica, en Ajustes.</translation>
    </message>
    <message>
        <source>This computer uses the new pairing code and syncs again.</source>
        <translation>Este equipo usa el nuevo código de emparejamiento y vuelve a sincronizarse.</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Anótelo ahora en papel. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>I have written down my new recovery code and will keep it somewhere safe</source>
        <translation>He anotado mi nuevo código de recuperación y lo guardaré en un lugar seguro</translation>
    </message>
    <message>
        <source> Your backups were re-encrypted too: this code opens them.</source>
        <translation> Sus copias de seguridad también se cifraron de nuevo: este código las abre.</translation>
    </message>
    <message>
        <source> Some backups could not be re-encrypted: they still open with the code you typed, so keep that one until they have rotated away.</source>
        <translation> Algunas copias de seguridad no se pudieron cifrar de nuevo: todavía se abren con el código que escribió, así que consérvelo hasta que la rotación de copias las haya sustituido.</translation>
    </message>
    <message>
        <source>Your practice now opens with your new passphrase, and with this code if you forget it. The code you typed a moment ago no longer opens it.</source>
        <translation>Su práctica se abre ahora con su nueva frase de contraseña, y con este código si la olvida. El código que escribió hace un momento ya no la abre.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Choose who may see this note.</source>
        <translation>Elija quién puede ver esta nota.</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Esta nota ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>OneLineEdit</name>
    <message>
        <source>The %n pasted lines were joined into one: this field holds a single line.</source>
        <translation>Las %n líneas pegadas se unieron en una: este campo admite una sola línea.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
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
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>You will type it each time CoachDesk starts.</source>
        <translation>La escribirá cada vez que se inicie CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. If you forget it, your recovery code still opens the vault.</source>
        <translation>Use al menos %1 caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Si la olvida, su código de recuperación sigue abriendo la caja fuerte.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La frase de contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La frase de contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Plan a session</source>
        <translation>Planificar una sesión</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · desde el %2</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>En línea, la oficina del cliente, …</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Proceso</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>&amp;Tarifa</translation>
    </message>
    <message>
        <source>From the engagement: %1</source>
        <translation>Del proceso: %1</translation>
    </message>
    <message>
        <source>Say first what this engagement&apos;s fee is for (per session or for the whole engagement): edit the engagement.</source>
        <translation>Indique primero a qué corresponde la tarifa de este proceso (por sesión o por todo el proceso): edite el proceso.</translation>
    </message>
    <message>
        <source>Add an engagement first (New engagement): a session belongs to one.</source>
        <translation>Añada primero un proceso (Nuevo proceso): una sesión pertenece a uno.</translation>
    </message>
    <message>
        <source>%1 has no %2: the date became %3.</source>
        <translation>%1 no tiene %2: la fecha pasó a ser %3.</translation>
    </message>
    <message>
        <source>day %1 in %2</source>
        <translation>día %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>This is in the past (%n years ago).</source>
        <translation>
            <numerusform>Esto es en el pasado (hace %n año).</numerusform>
            <numerusform>Esto es en el pasado (hace %n años).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is in the past (over a year ago).</source>
        <translation>Esto es en el pasado (hace más de un año).</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>Esto es en el pasado.</translation>
    </message>
    <message>
        <source>This is more than a year ahead (%1).</source>
        <translation>Esto es dentro de más de un año (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s sessions are all used or booked (sessions in it: %n): this one is beyond it.</source>
        <translation>
            <numerusform>Las sesiones del paquete están todas usadas o reservadas (%n sesión en él): esta queda fuera.</numerusform>
            <numerusform>Las sesiones del paquete están todas usadas o reservadas (%n sesiones en él): esta queda fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is after the package&apos;s last day, %1.</source>
        <translation>Esto es después del último día del paquete, el %1.</translation>
    </message>
    <message>
        <source>The engagement runs from %1 to %2; this is outside it.</source>
        <translation>El proceso va del %1 al %2; esto queda fuera.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message numerus="yes">
        <source>Package: %1 (booked: %n).</source>
        <translation>
            <numerusform>Paquete: %1 (%n reservada).</numerusform>
            <numerusform>Paquete: %1 (%n reservadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the last session of the package.</source>
        <translation>Esta es la última sesión del paquete.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>Su último día es el %1 (queda %n día).</numerusform>
            <numerusform>Su último día es el %1 (quedan %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this session?</source>
        <translation>¿Planificar esta sesión?</translation>
    </message>
    <message>
        <source>Plan it on %1 anyway?</source>
        <translation>¿Planificarla el %1 de todos modos?</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planificarla</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Cambiar la fecha</translation>
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
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Name the cloud service the backup folder is synced to (for example: Nextcloud at my host).</source>
        <translation>Indique el servicio en la nube con el que se sincroniza la carpeta de copias de seguridad (por ejemplo: Nextcloud en mi proveedor).</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Group %1 (%2) has a character that is never in a recovery code: %3.</source>
        <translation>El grupo %1 (%2) tiene un carácter que nunca aparece en un código de recuperación: %3.</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against your written copy.</source>
        <translation>El grupo %1 (%2) parece mal escrito. Compárelo con su copia escrita.</translation>
    </message>
    <message>
        <source>A recovery code has %1 groups of %2 characters (%3 in all); this one has %4.</source>
        <translation>Un código de recuperación tiene %1 grupos de %2 caracteres (%3 en total); este tiene %4.</translation>
    </message>
    <message>
        <source>This is not a CoachDesk recovery code.</source>
        <translation>Este no es un código de recuperación de CoachDesk.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>I have written down this recovery code and will keep it somewhere safe, away from the laptop</source>
        <translation>He anotado este código de recuperación y lo guardaré en un lugar seguro, lejos del portátil</translation>
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
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against the pairing code shown on the other computer.</source>
        <translation>El grupo %1 (%2) parece mal escrito. Compárelo con el código de emparejamiento que se muestra en el otro equipo.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report details</source>
        <translation>Datos del informe</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>e.g. Mid-point progress report for the sponsor</source>
        <translation>p. ej., Informe de avance a mitad del proceso para el patrocinador</translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation>El período termina el</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Proceso</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation>&amp;Enviar a</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Perí&amp;odo</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>Lo que el acuerdo permite recibir al patrocinador</translation>
    </message>
    <message>
        <source>Facts about the sessions to include (never any note&apos;s words):</source>
        <translation>Datos de las sesiones que se incluyen (nunca el texto de una nota):</translation>
    </message>
    <message>
        <source>No engagement has a sponsor yet. A report goes to a sponsor: add the sponsor to the client&apos;s engagement first.</source>
        <translation>Ningún proceso tiene patrocinador todavía. Un informe va dirigido a un patrocinador: añada primero el patrocinador al proceso del cliente.</translation>
    </message>
    <message>
        <source>%1 (the organisation)</source>
        <translation>%1 (la organización)</translation>
    </message>
    <message>
        <source>There is no active agreement with this sponsor, so nothing can be sent yet (ICF Code 25). You can still prepare the report with the client.</source>
        <translation>No hay ningún acuerdo activo con este patrocinador, así que aún no se puede enviar nada (Código de ICF, 25). Puede preparar igualmente el informe con el cliente.</translation>
    </message>
    <message>
        <source>Nobody has confirmed what this agreement lets the sponsor receive, so nothing can be sent yet. Choose it on the agreement&apos;s page (every party then signs again).</source>
        <translation>Nadie ha confirmado lo que este acuerdo permite recibir al patrocinador, así que aún no se puede enviar nada. Elíjalo en la página del acuerdo (después todas las partes vuelven a firmar).</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms do not let the sponsor receive this.</source>
        <translation>Las condiciones del acuerdo no permiten que el patrocinador reciba esto.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching: no attendance, no session dates, no hours of coaching and none of the client&apos;s words.</source>
        <translation>El patrocinador no recibe nada del coaching: ni asistencia, ni fechas de las sesiones, ni horas de coaching, ni ninguna palabra del cliente.</translation>
    </message>
    <message>
        <source>The sponsor may receive only: %1. Nothing else about the coaching reaches the sponsor.</source>
        <translation>El patrocinador solo puede recibir: %1. Nada más del coaching llega al patrocinador.</translation>
    </message>
    <message>
        <source>Choose the engagement this report is about.</source>
        <translation>Elija el proceso del que trata este informe.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report cannot be exported yet:</source>
        <translation>Este informe aún no se puede exportar:</translation>
    </message>
    <message>
        <source>This engagement has no sponsor: there is nobody to report to. The client&apos;s own records are theirs to see.</source>
        <translation>Este proceso no tiene patrocinador: no hay nadie a quien informar. El cliente puede ver sus propios datos él mismo.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>El período no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>The recipient must be this engagement&apos;s sponsor or one of its contacts.</source>
        <translation>El destinatario debe ser el patrocinador de este proceso o uno de sus contactos.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Este informe ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This item is no longer in the report.</source>
        <translation>Este elemento ya no está en el informe.</translation>
    </message>
    <message>
        <source>The report changed after it was shown (its recipient, purpose, period or session facts): show it again and ask the client to approve what is shown now.</source>
        <translation>El informe cambió después de mostrarse (destinatario, finalidad, período o datos de sesión): muéstrelo de nuevo y pida al cliente que apruebe lo que se muestra ahora.</translation>
    </message>
    <message>
        <source>Item %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Elemento %1: cambió después de imprimirse el formulario de autorización, así que el formulario firmado contiene otras palabras. Imprima primero un formulario de autorización para estas palabras.</translation>
    </message>
    <message>
        <source>Items %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Elementos %1: cambiaron después de imprimirse el formulario de autorización, así que el formulario firmado contiene otras palabras. Imprima primero un formulario de autorización para estas palabras.</translation>
    </message>
    <message>
        <source>Item %1: never printed on a release form, so no signed form holds its words. Print a release form for these words first.</source>
        <translation>Elemento %1: nunca se imprimió en un formulario de autorización, así que ningún formulario firmado contiene sus palabras. Imprima primero un formulario de autorización para estas palabras.</translation>
    </message>
    <message>
        <source>Items %1: never printed on a release form, so no signed form holds their words. Print a release form for these words first.</source>
        <translation>Elementos %1: nunca se imprimieron en un formulario de autorización, así que ningún formulario firmado contiene sus palabras. Imprima primero un formulario de autorización para estas palabras.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts changed after the release form was printed, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>El destinatario, la finalidad, el período o los datos de sesión del informe cambiaron después de imprimirse el formulario de autorización, así que el formulario firmado no muestra el informe tal como se enviará. Imprima primero un nuevo formulario de autorización.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts were never printed on a release form, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>El destinatario, la finalidad, el período o los datos de sesión del informe nunca se imprimieron en un formulario de autorización, así que el formulario firmado no muestra el informe tal como se enviará. Imprima primero un nuevo formulario de autorización.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Solicitudes de patrocinadores</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Nuevo informe</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>El informe tal como se enviará</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Datos…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Redactar…</translation>
    </message>
    <message>
        <source>&amp;Lift from a note…</source>
        <translation>&amp;Tomar de una nota…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Subir el elemento</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Bajar el elemento</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>S&amp;trike</source>
        <translation>&amp;Tachar</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>Re&amp;visión con el cliente</translation>
    </message>
    <message>
        <source>Show only this report, large, for the client to approve on screen</source>
        <translation>Mostrar solo este informe, en grande, para que el cliente lo apruebe en pantalla</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>&amp;Formulario de autorización…</translation>
    </message>
    <message>
        <source>A PDF for the client to sign, listing the exact words</source>
        <translation>Un PDF para que el cliente lo firme, con el texto exacto</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Registrar &amp;aprobación…</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>&amp;Constancia…</translation>
    </message>
    <message>
        <source>A consent receipt for the client</source>
        <translation>Una constancia de consentimiento para el cliente</translation>
    </message>
    <message>
        <source>Withdra&amp;wn…</source>
        <translation>Reti&amp;rada…</translation>
    </message>
    <message>
        <source>The client withdrew approval of the chosen item</source>
        <translation>El cliente retiró su aprobación del elemento elegido</translation>
    </message>
    <message>
        <source>Whole report withdrawn…</source>
        <translation>Informe entero retirado…</translation>
    </message>
    <message>
        <source>The client withdrew every approval in this report, and of the report itself</source>
        <translation>El cliente retiró todas las aprobaciones de este informe, y la del propio informe</translation>
    </message>
    <message>
        <source>What would leave</source>
        <translation>Lo que saldría</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Items, in the order the sponsor reads them</source>
        <translation>Elementos, en el orden en que los lee el patrocinador</translation>
    </message>
    <message>
        <source>Approval on &amp;paper or by email</source>
        <translation>Aprobación en &amp;papel o por correo</translation>
    </message>
    <message>
        <source>What the sponsor would receive</source>
        <translation>Lo que recibiría el patrocinador</translation>
    </message>
    <message>
        <source>Start a report…</source>
        <translation>Empezar un informe…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n informe</numerusform>
            <numerusform>%n informes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n comunicación</numerusform>
            <numerusform>%n comunicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 only</source>
        <translation>Solo se muestra: %1</translation>
    </message>
    <message>
        <source>No reports yet. A report gathers what the client approves, word for word, for their sponsor, with the session facts the agreement allows.</source>
        <translation>Aún no hay informes. Un informe reúne lo que el cliente aprueba, palabra por palabra, para su patrocinador, con los datos de sesión que permite el acuerdo.</translation>
    </message>
    <message>
        <source>None shown here: there are no reports about this client or sponsor yet. “Show all” lists every report.</source>
        <translation>Aquí no se muestra ninguno: aún no hay informes sobre este cliente o patrocinador. “Mostrar todos” lista todos los informes.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Informe para %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Report code %1: its frame (who receives it, the purpose, the period, the facts) is approved by the client as it will be sent; each passage below has its own approval.</source>
        <translation>Código del informe %1: su marco (quién lo recibe, la finalidad, el período, los datos) está aprobado por el cliente tal como se enviará; cada pasaje de abajo tiene su propia aprobación.</translation>
    </message>
    <message>
        <source>Report code %1: its frame is not approved as it will be sent: %2.</source>
        <translation>Código del informe %1: su marco no está aprobado tal como se enviará: %2.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <source>Take item %1 out of this report? Its words and any approval stay on record.</source>
        <translation>¿Sacar el elemento %1 de este informe? Su texto y cualquier aprobación quedan registrados.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose an approved item first.</source>
        <translation>Elija primero un elemento aprobado.</translation>
    </message>
    <message>
        <source>Record that the client withdrew approval of item %1? It will not be sent unless they approve again.</source>
        <translation>¿Registrar que el cliente retiró su aprobación del elemento %1? No se enviará salvo que vuelva a aprobarlo.</translation>
    </message>
    <message>
        <source>withdrawn by the client</source>
        <translation>retirado por el cliente</translation>
    </message>
    <message>
        <source>The client has no approval standing in this report.</source>
        <translation>El cliente no tiene ninguna aprobación vigente en este informe.</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Aprobación retirada</translation>
    </message>
    <message>
        <source>Record that the client withdrew every approval in this report? Nothing in it will be sent unless they approve again.</source>
        <translation>¿Registrar que el cliente retiró todas las aprobaciones de este informe? No se enviará nada de él salvo que vuelva a aprobarlo.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Registrar la retirada</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Recorded: the client withdrew the report.</source>
        <translation>Registrado: el cliente retiró el informe.</translation>
    </message>
    <message>
        <source>Every item is approved or struck: there is nothing to ask permission for.</source>
        <translation>Cada elemento está aprobado o tachado: no hay nada para lo que pedir autorización.</translation>
    </message>
    <message>
        <source>Saved to %1. When it comes back signed, record the approval and attach the scan.</source>
        <translation>Guardado en %1. Cuando vuelva firmado, registre la aprobación y adjunte el escaneo.</translation>
    </message>
    <message>
        <source>Save the release form</source>
        <translation>Guardar el formulario de autorización</translation>
    </message>
    <message>
        <source>release-form-%1-%2.pdf</source>
        <translation>formulario-autorizacion-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The client has approved nothing in this report yet.</source>
        <translation>El cliente aún no ha aprobado nada de este informe.</translation>
    </message>
    <message>
        <source>Save the consent receipt</source>
        <translation>Guardar la constancia de consentimiento</translation>
    </message>
    <message>
        <source>consent-receipt-%1-%2.pdf</source>
        <translation>constancia-consentimiento-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Receipt %1 saved to %2.</source>
        <translation>Constancia %1 guardada en %2.</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n thing(s) still stop this report, listed under “What the sponsor would receive”.</source>
        <translation>
            <numerusform>No exportado: todavía %n punto detiene este informe; figura en “Lo que recibiría el patrocinador”.</numerusform>
            <numerusform>No exportado: todavía %n puntos detienen este informe; figuran en “Lo que recibiría el patrocinador”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1. Disclosure %2 is recorded.</source>
        <translation>Guardado en %1. La comunicación %2 queda registrada.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>informe-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Exportando el informe…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Log a sponsor&apos;s request</source>
        <translation>Registrar una solicitud del patrocinador</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>Lo que pidieron, con sus palabras</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Lo que se pidió</translation>
    </message>
    <message>
        <source>They asked for the full record (notes, or what was said)</source>
        <translation>Pidieron el expediente completo (las notas, o lo que se dijo)</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Patrocinador</translation>
    </message>
    <message>
        <source>&amp;Who asked</source>
        <translation>&amp;Quién lo pidió</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Relativa a</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Qué</translation>
    </message>
    <message>
        <source>Someone not listed</source>
        <translation>Alguien que no figura en la lista</translation>
    </message>
    <message>
        <source>No one engagement</source>
        <translation>Ningún proceso concreto</translation>
    </message>
    <message>
        <source>Add the sponsor first.</source>
        <translation>Añada primero el patrocinador.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>does not open with this recovery code</source>
        <translation>no se abre con este código de recuperación</translation>
    </message>
    <message>
        <source>damaged: it fails its check</source>
        <translation>dañada: no supera su comprobación</translation>
    </message>
    <message>
        <source>made by a newer version of CoachDesk</source>
        <translation>hecha con una versión más reciente de CoachDesk</translation>
    </message>
    <message>
        <source>holds no CoachDesk records</source>
        <translation>no contiene datos de CoachDesk</translation>
    </message>
    <message>
        <source>not a whole backup (still syncing?)</source>
        <translation>no es una copia completa (¿aún se está sincronizando?)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>%1 Nothing was restored, and nothing was changed.</source>
        <translation>%1 No se restauró nada y no se cambió nada.</translation>
    </message>
    <message>
        <source>The backup made %1 does not open with your vault&apos;s current key: it was made before the key was changed, or by another computer&apos;s vault. Type the recovery code that was in use when it was made.</source>
        <translation>La copia de seguridad del %1 no se abre con la clave actual de su caja fuerte: se hizo antes de cambiar la clave, o desde la caja fuerte de otro equipo. Escriba el código de recuperación que estaba en uso cuando se hizo.</translation>
    </message>
    <message>
        <source>the backup made %1 (%2): %3</source>
        <translation>la copia de seguridad del %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not there now. If it is on an external or network drive, connect it and choose it again.</source>
        <translation>%1 no está disponible ahora. Si está en una unidad externa o de red, conéctela y vuelva a elegirla.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2).</source>
        <translation>No se puede leer la carpeta %1 (%2).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk backups. Backups are files named like coachdesk-20260314-091200.coachdesk-backup: choose the folder that holds them, or one of them.</source>
        <translation>La carpeta %1 no contiene copias de seguridad de CoachDesk. Las copias son archivos con nombres como coachdesk-20260314-091200.coachdesk-backup: elija la carpeta que las contiene, o una de ellas.</translation>
    </message>
    <message>
        <source>%1 It does hold a vault file (%2): to restore from that copy, choose the file itself.</source>
        <translation>%1 Sí contiene un archivo de caja fuerte (%2): para restaurar desde esa copia, elija el propio archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no backup.</source>
        <translation>%1 está vacío: no contiene ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is an ordinary, unencrypted database, not a CoachDesk backup.</source>
        <translation>%1 es una base de datos corriente, sin cifrar, no una copia de seguridad de CoachDesk.</translation>
    </message>
    <message>
        <source>%1 is not a CoachDesk backup, or only part of one (its size is not a whole number of vault pages). If a sync service is still bringing it to this computer, wait until it has finished and choose it again.</source>
        <translation>%1 no es una copia de seguridad de CoachDesk, o solo es parte de una (su tamaño no es un número entero de páginas de caja fuerte). Si un servicio de sincronización aún lo está trayendo a este equipo, espere a que termine y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Your recovery code does not open the backup %1. Check the code against your written copy: after a key change, the old code opens only the backups made before the change, and the new one only those made after it.</source>
        <translation>Su código de recuperación no abre la copia de seguridad %1. Compare el código con su copia escrita: tras un cambio de clave, el código anterior abre solo las copias hechas antes del cambio, y el nuevo solo las hechas después.</translation>
    </message>
    <message>
        <source>The backup %1 does not open with your vault&apos;s key.</source>
        <translation>La copia de seguridad %1 no se abre con la clave de su caja fuerte.</translation>
    </message>
    <message>
        <source>The backup %1 (made %2) is damaged: it fails its check, so it cannot be restored. Choose the backup folder instead: CoachDesk then restores the newest backup that checks out.</source>
        <translation>La copia de seguridad %1 (del %2) está dañada: no supera su comprobación, así que no se puede restaurar. Elija en su lugar la carpeta de copias: CoachDesk restaurará entonces la copia intacta más reciente.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CoachDesk. Install that version or a newer one, then restore it.</source>
        <translation>La copia de seguridad %1 se hizo con una versión más reciente de CoachDesk. Instale esa versión u otra más reciente y luego restáurela.</translation>
    </message>
    <message>
        <source>%1 opens with this key, but holds no CoachDesk records.</source>
        <translation>%1 se abre con esta clave, pero no contiene datos de CoachDesk.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>None of the backups in %1 opens with this recovery code. Check the code against your written copy: after a key change, the old code opens only the backups made before the change.</source>
        <translation>Ninguna de las copias de seguridad de %1 se abre con este código de recuperación. Compare el código con su copia escrita: tras un cambio de clave, el código anterior abre solo las copias hechas antes del cambio.</translation>
    </message>
    <message>
        <source>No backup in %1 can be restored. Each one was checked:</source>
        <translation>Ninguna copia de seguridad de %1 se puede restaurar. Se comprobó cada una:</translation>
    </message>
    <message>
        <source>Your vault was locked before the backup was checked. Unlock it and choose the backup again.</source>
        <translation>Su caja fuerte se bloqueó antes de comprobar la copia de seguridad. Desbloquéela y vuelva a elegir la copia.</translation>
    </message>
    <message>
        <source>%1 is your vault itself, not a backup of it.</source>
        <translation>%1 es su propia caja fuerte, no una copia de seguridad de ella.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose one backup in it.</source>
        <translation>%1 es una carpeta: elija una copia de seguridad dentro de ella.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1).</source>
        <translation>No se pudo poner en su lugar la copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>No backup in the backup folder %1 opens with this key and checks out.</source>
        <translation>Ninguna copia de seguridad de la carpeta de copias %1 se abre con esta clave y está intacta.</translation>
    </message>
    <message>
        <source>A vault is already in %1. To replace it with a backup, open it and use Settings → Restore from a backup.</source>
        <translation>Ya hay una caja fuerte en %1. Para sustituirla por una copia de seguridad, ábrala y use Ajustes → Restaurar desde una copia.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1 (%2).</source>
        <translation>No se pudo copiar la copia de seguridad en %1 (%2).</translation>
    </message>
    <message>
        <source>The copy of the backup made %1 was damaged on its way to this computer&apos;s disk. Check the disk, then try again.</source>
        <translation>La copia de la copia de seguridad del %1 se dañó al pasar al disco de este equipo. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RestoreCodeDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>13 grupos de 5 caracteres. Los guiones, los espacios y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Check the &amp;backup</source>
        <translation>Compro&amp;bar la copia</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your practice from a backup</source>
        <translation>Restaurar su práctica desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Your backups and the recovery code you wrote down bring your practice back onto this computer.</source>
        <translation>Sus copias de seguridad y el código de recuperación que anotó devuelven su práctica a este equipo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Choose the backup &amp;folder…</source>
        <translation>Elegir la &amp;carpeta de copias…</translation>
    </message>
    <message>
        <source>Choose one backup f&amp;ile…</source>
        <translation>Elegir un arch&amp;ivo de copia…</translation>
    </message>
    <message>
        <source>Connect the drive that holds your backups, or let your synced folder finish syncing, then choose the folder: CoachDesk restores the newest backup in it that checks out.</source>
        <translation>Conecte la unidad que contiene sus copias de seguridad, o deje que su carpeta sincronizada termine de sincronizarse, y elija la carpeta: CoachDesk restaura la copia intacta más reciente que contenga.</translation>
    </message>
    <message>
        <source>Your &amp;recovery code</source>
        <translation>Su código de recu&amp;peración</translation>
    </message>
    <message>
        <source>The code you wrote down when you created your vault: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>El código que anotó al crear su caja fuerte: 13 grupos de 5 caracteres. Los guiones, los espacios y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Your backup</source>
        <translation>Su copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the folder that holds your backups</source>
        <translation>Elija la carpeta que contiene sus copias de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de CoachDesk (*%1);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>CoachDesk backups in this folder: %n. The newest was made %1; the newest one that checks out is restored.</source>
        <translation>
            <numerusform>Copias de seguridad de CoachDesk en esta carpeta: %n. La más reciente se hizo el %1; se restaura la más reciente que esté intacta.</numerusform>
            <numerusform>Copias de seguridad de CoachDesk en esta carpeta: %n. La más reciente se hizo el %1; se restaura la más reciente que esté intacta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup made %1.</source>
        <translation>Una copia de seguridad hecha el %1.</translation>
    </message>
    <message>
        <source>Not named as a CoachDesk backup; last changed %1. It is restored if your recovery code opens it.</source>
        <translation>No tiene nombre de copia de seguridad de CoachDesk; modificada por última vez el %1. Se restaura si su código de recuperación la abre.</translation>
    </message>
    <message>
        <source>Checking your backups…</source>
        <translation>Comprobando sus copias de seguridad…</translation>
    </message>
    <message>
        <source>Checking the backup made %1 (%2 of %3)…</source>
        <translation>Comprobando la copia de seguridad del %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Putting the backup made %1 in place…</source>
        <translation>Poniendo en su lugar la copia de seguridad del %1…</translation>
    </message>
    <message>
        <source>Restore an older backup?</source>
        <translation>¿Restaurar una copia de seguridad anterior?</translation>
    </message>
    <message>
        <source>The newest backup your recovery code opens was made %1. Newer backups do not open with it:%2

If they were made after a change of the vault&apos;s key, the recovery code of that change opens them: go back and type it instead. Restore the backup made %1?</source>
        <translation>La copia de seguridad más reciente que abre su código de recuperación se hizo el %1. Las copias más recientes no se abren con él:%2

Si se hicieron después de un cambio de la clave de la caja fuerte, las abre el código de recuperación de ese cambio: vuelva atrás y escríbalo. ¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Restaurarla</translation>
    </message>
    <message>
        <source>Type another code</source>
        <translation>Escribir otro código</translation>
    </message>
    <message>
        <source>CoachDesk could not restore the backup (%1). Nothing was changed.</source>
        <translation>CoachDesk no pudo restaurar la copia de seguridad (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RestorePassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <source>This practice is protected by a passphrase that you type each time CoachDesk starts.</source>
        <translation>Esta práctica está protegida con una frase de contraseña que usted escribe cada vez que se inicia CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>I &amp;know my passphrase</source>
        <translation>&amp;Conozco mi frase de contraseña</translation>
    </message>
    <message>
        <source>I have &amp;forgotten it: let me choose a new one</source>
        <translation>La he &amp;olvidado: quiero elegir una nueva</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>CoachDesk re-encrypts your practice with the new passphrase and gives you a new recovery code to write down: the code you typed will no longer open it.</source>
        <translation>CoachDesk vuelve a cifrar su práctica con la nueva frase de contraseña y le da un nuevo código de recuperación para que lo anote: el código que escribió ya no la abrirá.</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups with it too (%n in the backup folder)</source>
        <translation>
            <numerusform>Volver a cifrar también las copias de seguridad con ella (%n en la carpeta de copias)</numerusform>
            <numerusform>Volver a cifrar también las copias de seguridad con ella (%n en la carpeta de copias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escriba primero su frase de contraseña.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Comprobando su frase de contraseña…</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Re-encrypting your practice with the new passphrase…</source>
        <translation>Volviendo a cifrar su práctica con la nueva frase de contraseña…</translation>
    </message>
    <message numerus="yes">
        <source>Your practice has its new passphrase. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Su práctica tiene su nueva frase de contraseña. Volviendo a cifrar con ella las copias de seguridad: {done} de %n hecha…</numerusform>
            <numerusform>Su práctica tiene su nueva frase de contraseña. Volviendo a cifrar con ella las copias de seguridad: {done} de %n hechas…</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase does not open your practice. Type it again, or choose a new one.</source>
        <translation>Esta frase de contraseña no abre su práctica. Escríbala de nuevo o elija una nueva.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation>No se pudo cambiar la frase de contraseña (%1).</translation>
    </message>
</context>
<context>
    <name>RestoredPage</name>
    <message>
        <source>Your practice is back</source>
        <translation>Su práctica está de vuelta</translation>
    </message>
    <message>
        <source>Everything in the backup is on this computer again.</source>
        <translation>Todo lo que había en la copia de seguridad vuelve a estar en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Open my practice</source>
        <translation>&amp;Abrir mi práctica</translation>
    </message>
    <message>
        <source>Restored from the backup made %1:
%2</source>
        <translation>Restaurada desde la copia de seguridad del %1:
%2</translation>
    </message>
    <message>
        <source>Newer backups passed over:</source>
        <translation>Copias más recientes omitidas:</translation>
    </message>
    <message>
        <source>It opens with your new passphrase.</source>
        <translation>Se abre con su nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>It opens with your passphrase, as before.</source>
        <translation>Se abre con su frase de contraseña, como antes.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring: CoachDesk opens without asking while you are logged in.</source>
        <translation>Su clave se guarda ahora en el llavero de este equipo: CoachDesk se abre sin preguntar mientras usted tenga la sesión iniciada.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>El llavero de este equipo no pudo guardar su clave (%1) Mientras no pueda, CoachDesk le pedirá su código de recuperación en cada inicio.</translation>
    </message>
    <message>
        <source>New backups go to %1, as before. You can change that in Settings.</source>
        <translation>Las nuevas copias de seguridad van a %1, como antes. Puede cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings: CoachDesk makes no backups until you do.</source>
        <translation>Elija una carpeta de copias de seguridad en Ajustes: CoachDesk no hace copias hasta que la elija.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Read each passage. Approve it as it stands, change it together, or strike it out. Only the passages you approve are sent, in the report shown first (its recipient, purpose, period and any session facts); nothing else from your coaching is shared.</source>
        <translation>Lea cada pasaje. Apruébelo tal como está, cámbienlo juntos o táchelo. Solo se envían los pasajes que usted apruebe, en el informe que se muestra primero (su destinatario, su finalidad, su período y los datos de sesión, si los hay); no se comparte nada más de su coaching.</translation>
    </message>
    <message>
        <source>The report and its passages</source>
        <translation>El informe y sus pasajes</translation>
    </message>
    <message>
        <source>Your name, as you approve</source>
        <translation>Su nombre, al aprobar</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Coach: return to CoachDesk</source>
        <translation>Coach: volver a CoachDesk</translation>
    </message>
    <message>
        <source>Your words for %1</source>
        <translation>Su texto para %1</translation>
    </message>
    <message>
        <source>There are no passages in this report yet.</source>
        <translation>Este informe aún no tiene pasajes.</translation>
    </message>
    <message>
        <source>The report as shown is approved.</source>
        <translation>El informe tal como se muestra está aprobado.</translation>
    </message>
    <message>
        <source>Passage %1 now has the new words. Approve them if they are right.</source>
        <translation>El pasaje %1 tiene ahora el texto nuevo. Apruébelo si es correcto.</translation>
    </message>
    <message>
        <source>Passage %1 struck out: it will not be sent.</source>
        <translation>Pasaje %1 tachado: no se enviará.</translation>
    </message>
    <message>
        <source>Passage %1 restored.</source>
        <translation>Pasaje %1 restablecido.</translation>
    </message>
    <message>
        <source>Leave the review</source>
        <translation>Salir de la revisión</translation>
    </message>
    <message>
        <source>A change to a passage has not been kept. Leave anyway?</source>
        <translation>No se ha conservado un cambio en un pasaje. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Return to CoachDesk? The screen will show the coach&apos;s full records again.</source>
        <translation>¿Volver a CoachDesk? La pantalla volverá a mostrar todos los registros del coach.</translation>
    </message>
    <message>
        <source>Return to CoachDesk</source>
        <translation>Volver a CoachDesk</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Join the %n lines into one: “%1”</source>
        <translation>Unir las %n líneas en una: “%1”</translation>
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
        <translation>Buscar clientes, patrocinadores y notas</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The search could not be run. Please try again.</source>
        <translation>No se pudo realizar la búsqueda. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Nada coincide.</translation>
    </message>
    <message>
        <source>No name matches. Notes are searched from the third letter of a word.</source>
        <translation>Ningún nombre coincide. En las notas se busca a partir de la tercera letra de una palabra.</translation>
    </message>
    <message>
        <source>In a note of %1</source>
        <translation>En una nota de %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The organisation&apos;s name matches</source>
        <translation>Coincide el nombre de la organización</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>The email address matches</source>
        <translation>Coincide la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The name and email address match</source>
        <translation>Coinciden el nombre y la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The name matches</source>
        <translation>Coincide el nombre</translation>
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
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún sin guardar</translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Fechas de las sesiones</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Horas de coaching</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n sesión realizada</numerusform>
            <numerusform>%n sesiones realizadas</numerusform>
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
            <numerusform>%n perdida</numerusform>
            <numerusform>%n perdidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still planned</source>
        <translation>
            <numerusform>%n aún planificada</numerusform>
            <numerusform>%n aún planificadas</numerusform>
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
        <translation>La fecha y la hora de la sesión no son válidas (use AAAA-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Este proceso ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, length, fee or whether it was held.</source>
        <translation>Esta sesión está en la factura %1: anule primero la factura para cambiar su fecha, su duración, su tarifa o si se realizó.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Esta sesión ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>That session is no longer planned.</source>
        <translation>Esa sesión ya no está prevista.</translation>
    </message>
    <message>
        <source>Something was written for this session, so it is kept. End it as held or missed instead.</source>
        <translation>Se escribió algo para esta sesión, así que se conserva. Termínela como realizada o perdida en su lugar.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Unpaid only</source>
        <translation>Solo &amp;no pagadas</translation>
    </message>
    <message>
        <source>Held and missed sessions with a fee that is not paid yet: on no invoice, or on one still unpaid</source>
        <translation>Sesiones realizadas y perdidas con una tarifa aún sin pagar: en ninguna factura, o en una aún no pagada</translation>
    </message>
    <message>
        <source>&amp;Tax export (CSV)…</source>
        <translation>&amp;Exportación fiscal (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Editar sesión…</translation>
    </message>
    <message>
        <source>Calendar &amp;file (.ics)…</source>
        <translation>&amp;Archivo de calendario (.ics)…</translation>
    </message>
    <message>
        <source>No sessions yet.
Sessions are planned and held from a client&apos;s page: open a client, then choose “Plan a session” (Ctrl+Shift+P) or “Start session”. Every session of the practice is listed here, newest first.</source>
        <translation>Aún no hay sesiones.
Las sesiones se planifican y se realizan desde la página de un cliente: abra un cliente y elija “Planificar una sesión” (Ctrl+Shift+P) o “Empezar sesión”. Aquí se listan todas las sesiones de la práctica, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Ir a clientes</translation>
    </message>
    <message numerus="yes">
        <source>Unpaid sessions: %n</source>
        <translation>
            <numerusform>Sesiones no pagadas: %n</numerusform>
            <numerusform>Sesiones no pagadas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sesión guardada.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>no held or missed sessions in that period (only the column names)</source>
        <translation>no hay sesiones realizadas ni perdidas en ese período (solo los nombres de las columnas)</translation>
    </message>
    <message>
        <source>Saved to %1: %2. This export is recorded.</source>
        <translation>Guardado en %1: %2. Esta exportación queda registrada.</translation>
    </message>
    <message>
        <source>Save the tax export</source>
        <translation>Guardar la exportación fiscal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>pro bono, not billed</source>
        <translation>pro bono, no se factura</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>El tipo impositivo está entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>Days to pay are between 0 and 365.</source>
        <translation>Los días para pagar están entre 0 y 365.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>La moneda es un código de tres letras como EUR o USD.</translation>
    </message>
    <message>
        <source>The default fee is a whole number of cents, 0 or more.</source>
        <translation>La tarifa predeterminada es un número entero de céntimos, 0 o más.</translation>
    </message>
    <message>
        <source>Events show nothing of the client, initials or names.</source>
        <translation>Los eventos muestran del cliente: nada, las iniciales o el nombre.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
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
        <translation>Solo cuando CoachDesk se bloquea o se cierra</translation>
    </message>
    <message>
        <source>Your name, as agreements show it</source>
        <translation>Su nombre, tal como lo muestran los acuerdos</translation>
    </message>
    <message>
        <source>Locking closes the vault and clears every screen (Ctrl+L locks at once). Text copied out of CoachDesk leaves the clipboard at Lock and after the time below, unless something else was copied since.</source>
        <translation>Al bloquear se cierra la caja fuerte y se vacían todas las pantallas (Ctrl+L bloquea al instante). El texto copiado fuera de CoachDesk sale del portapapeles al bloquear y después del tiempo indicado abajo, salvo que se haya copiado otra cosa desde entonces.</translation>
    </message>
    <message>
        <source>No folder chosen: CoachDesk makes no backups yet.</source>
        <translation>Ninguna carpeta elegida: CoachDesk aún no hace copias de seguridad.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Back up at the first unlock of each day</source>
        <translation>Hacer una copia en el primer desbloqueo de cada día</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backups are encrypted with your vault&apos;s key: an external drive or a synced folder is fine. Your recovery code opens them. CoachDesk keeps one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>Las copias de seguridad se cifran con la clave de su caja fuerte: una unidad externa o una carpeta sincronizada sirven. Su código de recuperación las abre. CoachDesk conserva una al día durante una semana, una a la semana durante un mes y una al mes durante un año.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
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
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after</source>
        <translation>Borrar el texto &amp;copiado tras</translation>
    </message>
    <message>
        <source>Default &amp;session length</source>
        <translation>Duración predeterminada de la &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Default &amp;fee per session</source>
        <translation>&amp;Tarifa por sesión predeterminada</translation>
    </message>
    <message>
        <source>A new engagement starts with this fee, per session; each engagement says what its own fee is for.</source>
        <translation>Un proceso nuevo empieza con esta tarifa, por sesión; cada proceso indica a qué corresponde su propia tarifa.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Change the vault&apos;s &amp;key…</source>
        <translation>Cambiar la &amp;clave de la caja fuerte…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Re-encrypts the vault with a new key and gives you a new recovery code. Do it if your recovery code may have been seen.</source>
        <translation>Vuelve a cifrar la caja fuerte con una clave nueva y le da un código de recuperación nuevo. Hágalo si alguien pudo ver su código de recuperación.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key comes from your passphrase: a new passphrase re-encrypts the vault and gives you a new recovery code to write down. Do it if your passphrase or code may have been seen.</source>
        <translation>La clave de su caja fuerte sale de su frase de contraseña: una frase nueva vuelve a cifrar la caja fuerte y le da un código de recuperación nuevo para anotar. Hágalo si alguien pudo ver su frase de contraseña o su código.</translation>
    </message>
    <message>
        <source>The demo practice has a fixed key: it holds only invented clients.</source>
        <translation>La práctica de demostración tiene una clave fija: solo contiene clientes inventados.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>¿Dónde guardar las copias de seguridad?</translation>
    </message>
    <message>
        <source>This folder is not there now (a drive not connected?). Backups resume when it is.</source>
        <translation>Esta carpeta no está disponible ahora (¿una unidad sin conectar?). Las copias se reanudan cuando lo esté.</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1; %n kept here.</source>
        <translation>
            <numerusform>Última copia: %1; se conserva %n aquí.</numerusform>
            <numerusform>Última copia: %1; se conservan %n aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Aún no hay ninguna copia en esta carpeta.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad que desea restaurar</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>Copias de seguridad de CoachDesk (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Haciendo la copia y comprobándola…</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Menus show the same keys beside each entry.</source>
        <translation>Los menús muestran las mismas teclas junto a cada opción.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signed on paper</source>
        <translation>Firmado en papel</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <source>Confirmed by email</source>
        <translation>Confirmado por correo electrónico</translation>
    </message>
    <message>
        <source>Agreed in person</source>
        <translation>Acordado en persona</translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Registrar una firma</translation>
    </message>
    <message>
        <source>The name as signed</source>
        <translation>El nombre tal como firmó</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Parte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Cómo</translation>
    </message>
    <message>
        <source>The person who signed for %1.</source>
        <translation>La persona que firmó en nombre de %1.</translation>
    </message>
    <message>
        <source>The person who signed for %1: the sponsor has no contact yet, so type their name.</source>
        <translation>La persona que firmó en nombre de %1: el patrocinador aún no tiene contacto, así que escriba su nombre.</translation>
    </message>
</context>
<context>
    <name>SponsorRequests</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Explain the nature and limits of confidentiality</source>
        <translation>Explicar la naturaleza y los límites de la confidencialidad</translation>
    </message>
    <message>
        <source>Share only what the client permits</source>
        <translation>Comunicar solo lo que el cliente permita</translation>
    </message>
    <message>
        <source>Co-create a report with the client</source>
        <translation>Elaborar un informe junto con el cliente</translation>
    </message>
    <message>
        <source>Ask the client for written permission stating what may be shared</source>
        <translation>Pedir al cliente un permiso por escrito que indique qué se puede comunicar</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Rechazar la solicitud</translation>
    </message>
    <message>
        <source>A sponsor cannot have the full coaching record. The ICF Code of Ethics keeps what the client says in strictest confidence (standard 24) and lets the sponsor receive only what the agreement on information exchange allows (standard 25) and the client approves. The record is released only if the client consents to it, or if the law requires it (a court order or subpoena: standard 26), and then as a logged legal export, never as a sponsor report.</source>
        <translation>Un patrocinador no puede recibir el expediente completo del coaching. El Código de Ética de ICF guarda lo que dice el cliente con la confidencialidad más estricta (norma 24) y permite que el patrocinador reciba solo lo que autoriza el acuerdo sobre el intercambio de información (norma 25) y lo que el cliente aprueba. El expediente solo se entrega si el cliente lo consiente, o si la ley lo exige (una orden judicial o una citación: norma 26), y en ese caso como una exportación legal registrada, nunca como un informe para el patrocinador.</translation>
    </message>
    <message>
        <source>Say what the sponsor asked for.</source>
        <translation>Indique qué pidió el patrocinador.</translation>
    </message>
    <message>
        <source>That person is not one of this sponsor&apos;s contacts.</source>
        <translation>Esa persona no es uno de los contactos de este patrocinador.</translation>
    </message>
    <message>
        <source>That engagement is not sponsored by them.</source>
        <translation>Ese proceso no lo patrocina este patrocinador.</translation>
    </message>
    <message>
        <source>This request is no longer in the vault.</source>
        <translation>Esta solicitud ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>SponsorRequestsTab</name>
    <message>
        <source>Sponsor requests</source>
        <translation>Solicitudes de patrocinadores</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>&amp;Registrar una solicitud…</translation>
    </message>
    <message>
        <source>What you told them (optional)</source>
        <translation>Lo que les dijo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Record the response</source>
        <translation>&amp;Registrar la respuesta</translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation>Lo que pidieron</translation>
    </message>
    <message>
        <source>What the agreement says the sponsor may receive</source>
        <translation>Lo que el acuerdo indica que puede recibir el patrocinador</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4) about %5:</source>
        <translation>Solicitud de %1, de %2, el %3 (%4), en relación con %5:</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4):</source>
        <translation>Solicitud de %1, de %2, el %3 (%4):</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3) about %4:</source>
        <translation>Solicitud de %1 el %2 (%3), en relación con %4:</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3):</source>
        <translation>Solicitud de %1 el %2 (%3):</translation>
    </message>
    <message>
        <source>No agreement with this sponsor covers it: the sponsor may receive nothing about the coaching.</source>
        <translation>Ningún acuerdo con este patrocinador lo cubre: el patrocinador no puede recibir nada sobre el coaching.</translation>
    </message>
    <message>
        <source>Choose how you responded.</source>
        <translation>Elija cómo respondió.</translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation>Respuesta registrada.</translation>
    </message>
</context>
<context>
    <name>Sponsors</name>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Este patrocinador ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>&amp;New sponsor</source>
        <translation>&amp;Nuevo patrocinador</translation>
    </message>
    <message>
        <source>No sponsors yet.
A sponsor is the organisation that pays for a client&apos;s coaching, often their employer. Add it, with the manager or HR partner as its contact, before the engagement it pays for.</source>
        <translation>Aún no hay patrocinadores.
Un patrocinador es la organización que paga el coaching de un cliente, a menudo su empleador. Añádalo, con el responsable o la persona de RR. HH. como contacto, antes del proceso que paga.</translation>
    </message>
    <message>
        <source>Add a sponsor</source>
        <translation>Añadir un patrocinador</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Requests &amp;&amp; disclosures</source>
        <translation>&amp;Solicitudes &amp;&amp; comunicaciones</translation>
    </message>
    <message>
        <source>What this sponsor asked for, and what it received</source>
        <translation>Lo que pidió este patrocinador y lo que recibió</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Añadir &amp;contacto</translation>
    </message>
    <message>
        <source>Choose an engagement to see what its agreement lets the sponsor receive.</source>
        <translation>Elija un proceso para ver lo que su acuerdo permite recibir al patrocinador.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Engagements it pays for</source>
        <translation>Procesos que paga</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>Lo que el acuerdo permite recibir al patrocinador</translation>
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
        <translation>Aún no hay ningún acuerdo para este proceso, así que el patrocinador no puede recibir nada sobre el coaching.</translation>
    </message>
    <message>
        <source>%1 (%2): nobody has confirmed what it lets the sponsor receive, so the sponsor receives nothing until the terms are chosen on the agreement&apos;s page.</source>
        <translation>%1 (%2): nadie ha confirmado lo que permite recibir al patrocinador, así que el patrocinador no recibe nada hasta que se elijan las condiciones en la página del acuerdo.</translation>
    </message>
    <message>
        <source>%1 (%2) says nothing about what the sponsor may receive, so the sponsor may receive nothing.</source>
        <translation>%1 (%2) no dice nada sobre lo que puede recibir el patrocinador, así que el patrocinador no puede recibir nada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This practice is not used on another computer.</source>
        <translation>Esta práctica no se usa en otro equipo.</translation>
    </message>
    <message>
        <source>This practice already syncs.</source>
        <translation>Esta práctica ya se sincroniza.</translation>
    </message>
    <message>
        <source>This practice is used on too many computers.</source>
        <translation>Esta práctica se usa en demasiados equipos.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2). Check that it is on this computer and that your sync service has finished copying it.</source>
        <translation>No se puede leer la carpeta %1 (%2). Compruebe que está en este equipo y que su servicio de sincronización ha terminado de copiarla.</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk practice. Choose the folder your sync service shares with the other computer (it holds a folder named CoachDesk); if it is still copying, wait until it has finished.</source>
        <translation>La carpeta %1 no contiene ninguna práctica de CoachDesk. Elija la carpeta que su servicio de sincronización comparte con el otro equipo (contiene una carpeta llamada CoachDesk); si aún se está copiando, espere a que termine.</translation>
    </message>
    <message>
        <source>No practice in this folder opens with this code. Check the folder, and the code shown on the other computer.</source>
        <translation>Ninguna práctica de esta carpeta se abre con este código. Compruebe la carpeta y el código que muestra el otro equipo.</translation>
    </message>
    <message>
        <source>This pairing code was replaced by a new one. Type the newest code, shown in Settings on a computer of the practice that uses it.</source>
        <translation>Este código de emparejamiento se ha sustituido por uno nuevo. Escriba el código más reciente, que se muestra en Ajustes en un equipo de la práctica que lo use.</translation>
    </message>
    <message>
        <source>This computer&apos;s vault already holds clients or sponsors. Join the practice from a new vault (the first-run wizard offers it).</source>
        <translation>La caja fuerte de este equipo ya contiene clientes o patrocinadores. Únase a la práctica desde una caja fuerte nueva (el asistente del primer inicio lo ofrece).</translation>
    </message>
    <message>
        <source>The disk of the sync folder is full, so this computer&apos;s latest changes were not sent. They are safe in this vault and go with the next sync once there is space.</source>
        <translation>El disco de la carpeta de sincronización está lleno, así que los últimos cambios de este equipo no se enviaron. Están a salvo en esta caja fuerte y se enviarán en la próxima sincronización cuando haya espacio.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so it cannot make a new pairing code. Make it on one of the practice&apos;s other computers.</source>
        <translation>Otro equipo de la práctica marcó este como que ya no está, así que no puede crear un nuevo código de emparejamiento. Créelo en uno de los demás equipos de la práctica.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code.</source>
        <translation type="vanished">Este equipo ya usa este código de emparejamiento.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code: type the new code shown on the computer that made it.</source>
        <translation>Este equipo ya usa este código de emparejamiento: escriba el nuevo código que se muestra en el equipo que lo creó.</translation>
    </message>
    <message>
        <source>This code was made with an earlier version of CoachDesk, which did not note which computer made it, and a computer of the practice has been marked as gone since. Let the computer that made the code sync once, then type the code here again; or make a new pairing code on a computer that is not marked as gone.</source>
        <translation>Este código se creó con una versión anterior de CoachDesk, que no anotaba en qué equipo se creó, y desde entonces un equipo de la práctica se ha marcado como que ya no está. Deje que el equipo que creó el código se sincronice una vez y vuelva a escribir el código aquí; o cree un nuevo código de emparejamiento en un equipo que no esté marcado como que ya no está.</translation>
    </message>
    <message>
        <source>This code was made on a computer marked as gone, so the practice does not use it. Make a new pairing code on one of the other computers.</source>
        <translation>Este código se creó en un equipo marcado como que ya no está, así que la práctica no lo usa. Cree un nuevo código de emparejamiento en uno de los demás equipos.</translation>
    </message>
    <message>
        <source>This is not the practice&apos;s new pairing code. Check it against the code shown on the computer where it was made; if it was made only now, wait until your sync service has copied the folder here.</source>
        <translation>Este no es el nuevo código de emparejamiento de la práctica. Compárelo con el código que se muestra en el equipo donde se creó; si se acaba de crear, espere a que su servicio de sincronización haya copiado la carpeta aquí.</translation>
    </message>
    <message>
        <source>This is an earlier pairing code, no longer used. Type the newest one, shown on the computer where it was made.</source>
        <translation>Este es un código de emparejamiento anterior que ya no se usa. Escriba el más reciente, que se muestra en el equipo donde se creó.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Notes edited on two computers</source>
        <translation>Notas editadas en dos equipos</translation>
    </message>
    <message>
        <source>Nothing to resolve. A note changed on two computers before either had the other&apos;s change is listed here, with both texts.</source>
        <translation>Nada que resolver. Una nota cambiada en dos equipos antes de que uno recibiera el cambio del otro aparece aquí, con los dos textos.</translation>
    </message>
    <message>
        <source>Both texts are kept. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation type="vanished">Los dos textos se conservan. Elija el que conserva la nota: el otro queda en las versiones anteriores de la nota.</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Conservar ambos, uno tras otro</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>A note of its own</source>
        <translation type="vanished">Nota independiente</translation>
    </message>
    <message>
        <source>Both texts are kept; the words only one of them has are marked. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation>Los dos textos se conservan; las palabras que solo tiene uno de ellos están marcadas. Elija el que conserva la nota: el otro queda en las versiones anteriores de la nota.</translation>
    </message>
    <message>
        <source>Keep this text</source>
        <translation>Conservar este texto</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s text</source>
        <translation>Conservar el texto de este equipo</translation>
    </message>
    <message>
        <source>Keep the other computer&apos;s text</source>
        <translation>Conservar el texto del otro equipo</translation>
    </message>
    <message>
        <source>Kept both texts, one after the other. The text replaced stays an earlier version of the note.</source>
        <translation>Se conservaron los dos textos, uno tras otro. El texto reemplazado queda como una versión anterior de la nota.</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s text. The other text stays an earlier version of the note.</source>
        <translation>Se conservó el texto de este equipo. El otro texto queda como una versión anterior de la nota.</translation>
    </message>
    <message>
        <source>Kept the text from computer %1. The other text stays an earlier version of the note.</source>
        <translation>Se conservó el texto del equipo %1. El otro texto queda como una versión anterior de la nota.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>el equipo %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>No sincronizado: %1</translation>
    </message>
    <message>
        <source>Sync folder not found: USB stick unplugged or sync folder moved?</source>
        <translation>No se encuentra la carpeta de sincronización: ¿memoria USB desconectada o carpeta movida?</translation>
    </message>
    <message>
        <source>Not synced: the disk is full. Nothing is lost; CoachDesk tries again.</source>
        <translation>No sincronizado: el disco está lleno. No se pierde nada; CoachDesk lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>Not synced: CoachDesk may not write to the sync folder.</source>
        <translation>No sincronizado: CoachDesk no tiene permiso para escribir en la carpeta de sincronización.</translation>
    </message>
    <message>
        <source>Not synced: this computer needs the practice&apos;s new pairing code (Settings).</source>
        <translation>Sin sincronizar: este equipo necesita el nuevo código de emparejamiento de la práctica (Ajustes).</translation>
    </message>
    <message>
        <source>Marked as gone on another computer: changes made here are no longer taken in (Settings).</source>
        <translation>Marcado en otro equipo como que ya no está: los cambios hechos aquí ya no se aceptan (Ajustes).</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>this computer is now %1</source>
        <translation>este equipo es ahora %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not applied</source>
        <translation>
            <numerusform>%n archivo no aplicado</numerusform>
            <numerusform>%n archivos no aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n nota por resolver</numerusform>
            <numerusform>%n notas por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>last change sent %1</source>
        <translation>último envío: %1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>recibido: %1 desde %2</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Carpeta de sincronización: %1</translation>
    </message>
    <message>
        <source>This computer is %1.</source>
        <translation>Este equipo es %1.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so what you change here no longer reaches the others. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer in Settings on another computer; else join the practice from this one as a new computer.</source>
        <translation>Otro equipo de la práctica marcó este como que ya no está, así que lo que cambie aquí ya no llega a los demás. Si fue un error, elija «Al final sí está…» para este equipo en Ajustes de otro equipo; si no, únase a la práctica desde este como un equipo nuevo.</translation>
    </message>
    <message>
        <source>This computer was %1 until %2 (another computer had joined with the same letter): numbers printed here before then carry the letter %3.</source>
        <translation>Este equipo era %1 hasta el %2 (otro equipo se había unido con la misma letra): los números impresos aquí antes de esa fecha llevan la letra %3.</translation>
    </message>
    <message>
        <source>Last file from %1 applied %2.</source>
        <translation>Último archivo desde %1 aplicado: %2.</translation>
    </message>
    <message>
        <source>Ignored: %1 (%2): %3</source>
        <translation>Ignorado: %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 not applied: %2</source>
        <translation>
            <numerusform>%n archivo de %1 no aplicado: %2</numerusform>
            <numerusform>%n archivos de %1 no aplicados: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1 (%2): %3</source>
        <translation type="vanished">No aplicado: %1 (%2): %3</translation>
    </message>
    <message>
        <source>A file from %1 waits for an earlier one.</source>
        <translation>Un archivo desde %1 espera uno anterior.</translation>
    </message>
</context>
<context>
    <name>TaxExport</name>
    <message>
        <source>The last day comes before the first: choose the period again.</source>
        <translation>El último día es anterior al primero: elija el período de nuevo.</translation>
    </message>
</context>
<context>
    <name>TaxPeriodDialog</name>
    <message>
        <source>Tax export</source>
        <translation>Exportación fiscal</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Dates, minutes, fees and who was billed, for held and missed sessions. No notes, goals, places or anything said in coaching.</source>
        <translation>Fechas, minutos, tarifas y a quién se facturó, de las sesiones realizadas y perdidas. Sin notas, objetivos, lugares ni nada de lo dicho en el coaching.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Free page</source>
        <translation>Página libre</translation>
    </message>
    <message>
        <source>Focus, insights, actions, reflection</source>
        <translation>Enfoque, aprendizajes, acciones, reflexión</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Escriba mientras escucha. Todo se guarda solo.</translation>
    </message>
    <message>
        <source>What does the client want from this session, and beyond it?</source>
        <translation>¿Qué quiere el cliente de esta sesión, y más allá de ella?</translation>
    </message>
    <message>
        <source>Where things stand now: facts, feelings, what has been tried.</source>
        <translation>Dónde están las cosas ahora: hechos, sentimientos, lo que ya se ha intentado.</translation>
    </message>
    <message>
        <source>What could the client do? Every option, before choosing.</source>
        <translation>¿Qué podría hacer el cliente? Todas las opciones, antes de elegir.</translation>
    </message>
    <message>
        <source>What will the client do, and by when? Start a line with [ ] to make it an action item.</source>
        <translation>¿Qué hará el cliente, y para cuándo? Empiece una línea con [ ] para convertirla en una tarea.</translation>
    </message>
    <message>
        <source>Your own thoughts: never shared.</source>
        <translation>Sus propios pensamientos: nunca se comparten.</translation>
    </message>
    <message>
        <source>What the client brought today.</source>
        <translation>Lo que el cliente trajo hoy.</translation>
    </message>
    <message>
        <source>What the client noticed or learned.</source>
        <translation>Lo que el cliente notó o aprendió.</translation>
    </message>
    <message>
        <source>Start a line with [ ] to make it an action item.</source>
        <translation>Empiece una línea con [ ] para convertirla en una tarea.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Una plantilla necesita al menos una sección.</translation>
    </message>
    <message>
        <source>A template can have at most %1 sections.</source>
        <translation>Una plantilla puede tener como máximo %1 secciones.</translation>
    </message>
    <message>
        <source>Each section needs a heading.</source>
        <translation>Cada sección necesita un encabezado.</translation>
    </message>
    <message>
        <source>Choose who may see each section.</source>
        <translation>Elija quién puede ver cada sección.</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection is coach only, always.</source>
        <translation>La reflexión del coach es siempre solo para el coach.</translation>
    </message>
    <message>
        <source>This template is no longer in the vault.</source>
        <translation>Esta plantilla ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Keep at least one template to start sessions with.</source>
        <translation>Conserve al menos una plantilla para empezar sesiones.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Este cliente ya no está en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sessions in the next 7 days</source>
        <translation>Sesiones en los próximos 7 días</translation>
    </message>
    <message>
        <source>No sessions planned for the coming week.</source>
        <translation>No hay sesiones planificadas para la próxima semana.</translation>
    </message>
    <message>
        <source>Agreements waiting for signatures</source>
        <translation>Acuerdos pendientes de firma</translation>
    </message>
    <message>
        <source>No agreement is waiting for a signature.</source>
        <translation>Ningún acuerdo está pendiente de firma.</translation>
    </message>
    <message>
        <source>Engagements without an active agreement</source>
        <translation>Procesos sin un acuerdo activo</translation>
    </message>
    <message>
        <source>No running engagement is without an active agreement.</source>
        <translation>Ningún proceso en curso está sin un acuerdo activo.</translation>
    </message>
    <message>
        <source>Engagements and packages ending soon</source>
        <translation>Procesos y paquetes que terminan pronto</translation>
    </message>
    <message>
        <source>No engagement or package ends in the next month.</source>
        <translation>Ningún proceso ni paquete termina en el próximo mes.</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Datos con el período de conservación vencido</translation>
    </message>
    <message>
        <source>No client&apos;s records have passed their agreed retention.</source>
        <translation>Los datos de ningún cliente han superado la conservación acordada.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paquete: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Restore the newest &amp;backup</source>
        <translation>Restaurar la copia más &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Open vault</source>
        <translation>&amp;Abrir caja fuerte</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>The demo practice is locked</source>
        <translation>La práctica de demostración está bloqueada</translation>
    </message>
    <message>
        <source>Unlock to carry on. The demo practice opens without a key or a recovery code: it holds only invented clients, so there is nothing to recover.</source>
        <translation>Desbloquee para continuar. La práctica de demostración se abre sin clave ni código de recuperación: solo contiene clientes inventados, así que no hay nada que recuperar.</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Su caja fuerte está bloqueada</translation>
    </message>
    <message>
        <source>Unlock to carry on. Your key is kept in this computer&apos;s keyring.</source>
        <translation>Desbloquee para continuar. Su clave se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code</source>
        <translation>Usar mi código de &amp;recuperación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Show the vault&apos;s &amp;folder</source>
        <translation>Mostrar la &amp;carpeta de la caja fuerte</translation>
    </message>
    <message>
        <source>Open &amp;without the damaged changes</source>
        <translation>Abrir &amp;sin los cambios dañados</translation>
    </message>
    <message>
        <source>Enter your recovery code</source>
        <translation>Introduzca su código de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your vault. Dashes and case do not matter.</source>
        <translation>Escriba el código de recuperación que anotó al crear su caja fuerte. Los guiones y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Código de recuperación</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Introduzca su frase de contraseña</translation>
    </message>
    <message>
        <source>Your vault is protected by a passphrase.</source>
        <translation>Su caja fuerte está protegida con una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot it? Use my &amp;recovery code</source>
        <translation>¿La olvidó? Usar mi código de &amp;recuperación</translation>
    </message>
    <message>
        <source>CoachDesk cannot open your vault</source>
        <translation>CoachDesk no puede abrir su caja fuerte</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Escriba primero su código de recuperación.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escriba primero su frase de contraseña.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restaurando su copia de seguridad intacta más reciente…</translation>
    </message>
    <message>
        <source>Restore the newest backup that checks out: the damaged vault is kept beside it, unchanged.</source>
        <translation>Restaurar la copia de seguridad intacta más reciente: la caja fuerte dañada se conserva a su lado, sin cambios.</translation>
    </message>
    <message>
        <source>CoachDesk knows of no backup of this vault. Before anything else, copy the vault&apos;s folder to a safe place.</source>
        <translation>CoachDesk no conoce ninguna copia de seguridad de esta caja fuerte. Antes que nada, copie la carpeta de la caja fuerte a un lugar seguro.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Su caja fuerte está dañada</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault%1, so it has locked it and is checking every page of it. This takes a moment for a large vault.</source>
        <translation>CoachDesk no pudo leer parte de su caja fuerte%1, así que la ha bloqueado y está comprobando cada una de sus páginas. Esto tarda un momento en una caja fuerte grande.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>Comprobando su caja fuerte…</translation>
    </message>
    <message>
        <source>Checking every page of your vault…</source>
        <translation>Comprobando cada página de su caja fuerte…</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault (%1), but every page and every record of it checks out. Try again; if it happens again, restore your newest backup.</source>
        <translation>CoachDesk no pudo leer parte de su caja fuerte (%1), pero todas sus páginas y todos sus datos están intactos. Vuelva a intentarlo; si ocurre de nuevo, restaure su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>Your vault could not be read</source>
        <translation>No se pudo leer su caja fuerte</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>no se pudo leer entera</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code. The damaged vault is kept beside the restored one.</source>
        <translation>Para restaurar su copia más reciente, escriba su código de recuperación. La caja fuerte dañada se conserva junto a la restaurada.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept, encrypted, in the vault&apos;s folder as %2.</source>
        <translation>Su caja fuerte contiene ahora la copia de seguridad del %1. La caja fuerte dañada se conserva, cifrada, en la carpeta de la caja fuerte como %2.</translation>
    </message>
    <message>
        <source>Type it to open your vault without the damaged changes.</source>
        <translation>Escríbalo para abrir su caja fuerte sin los cambios dañados.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Abriendo su caja fuerte…</translation>
    </message>
    <message>
        <source>No backup was restored: %1. Your vault was not changed.</source>
        <translation>No se restauró ninguna copia de seguridad: %1. Su caja fuerte no se modificó.</translation>
    </message>
    <message>
        <source>No backup opens with the key kept in this computer&apos;s keyring.</source>
        <translation>Ninguna copia de seguridad se abre con la clave guardada en el llavero de este equipo.</translation>
    </message>
    <message>
        <source>CoachDesk could not open your vault: %1. It has not changed it.</source>
        <translation>CoachDesk no pudo abrir su caja fuerte: %1. No la ha modificado.</translation>
    </message>
    <message>
        <source>CoachDesk could not open the vault (%1). Nothing was changed.</source>
        <translation>CoachDesk no pudo abrir la caja fuerte (%1). No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 contains a character that cannot be stored; please retype it.</source>
        <translation>%1 contiene un carácter que no se puede guardar; vuelva a escribirlo, por favor.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 no puede quedar en blanco.</translation>
    </message>
    <message>
        <source>%1 must be a single line; what was typed or pasted here is on %2 lines.</source>
        <translation>%1 debe ocupar una sola línea; lo que se escribió o pegó aquí ocupa %2 líneas.</translation>
    </message>
    <message>
        <source>%1 contains hidden characters that force the direction of the text (often picked up when copying from a web page or a chat). They would show it back to front, so they cannot be kept.</source>
        <translation>%1 contiene caracteres ocultos que fuerzan la dirección del texto (suelen colarse al copiar desde una página web o un chat). Lo mostrarían al revés, así que no se pueden conservar.</translation>
    </message>
    <message>
        <source>%1 must be a single line, without tabs or control characters.</source>
        <translation>%1 debe ocupar una sola línea, sin tabulaciones ni caracteres de control.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters; this is %3.</source>
        <translation>%1 admite como máximo %2 caracteres; aquí hay %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the most CoachDesk keeps in one is %3 MB. Split it into several.</source>
        <translation>%1 ocupa %2 MB; lo máximo que CoachDesk guarda en uno es %3 MB. Divídalo en varios.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 es un dato obligatorio.</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD).</source>
        <translation>%1 no es una fecha (use AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of cents.</source>
        <translation>%1 debe ser un número entero de céntimos.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 no puede ser un valor negativo.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key: type your recovery code.</source>
        <translation>El llavero de este equipo no tiene la clave de su caja fuerte: escriba su código de recuperación.</translation>
    </message>
    <message>
        <source>Enter your recovery code to open your vault without the damaged changes.</source>
        <translation>Escriba su código de recuperación para abrir su caja fuerte sin los cambios dañados.</translation>
    </message>
    <message>
        <source>This passphrase does not open this vault.</source>
        <translation>Esta frase de contraseña no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>This code does not open this vault.</source>
        <translation>Este código no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>The file %1 %2. CoachDesk has left it untouched.</source>
        <translation>El archivo %1 %2. CoachDesk no lo ha tocado.</translation>
    </message>
    <message>
        <source>The vault %1 was made by a newer version of CoachDesk (format %2; this version knows up to %3). Update CoachDesk to open it. The vault has not been changed.</source>
        <translation>La caja fuerte %1 se creó con una versión más reciente de CoachDesk (formato %2; esta versión conoce hasta el %3). Actualice CoachDesk para abrirla. La caja fuerte no se ha modificado.</translation>
    </message>
    <message>
        <source>A vault already exists at %1. CoachDesk will not create a new one over it.</source>
        <translation>Ya existe una caja fuerte en %1. CoachDesk no creará otra encima.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La caja fuerte está bloqueada.</translation>
    </message>
    <message>
        <source>This copy of CoachDesk has no working SQLCipher, so it cannot encrypt your records. It will not run without it; please reinstall CoachDesk.</source>
        <translation>Esta copia de CoachDesk no tiene un SQLCipher que funcione, así que no puede cifrar sus datos. No funciona sin él; vuelva a instalar CoachDesk.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>El disco está lleno, así que este cambio no se pudo guardar. Todo lo guardado antes está a salvo. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>CoachDesk could not bring the vault %1 up to date (%2). The vault has not been changed.</source>
        <translation>CoachDesk no pudo actualizar la caja fuerte %1 (%2). La caja fuerte no se ha modificado.</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: %2. CoachDesk has not changed it.</source>
        <translation>La caja fuerte %1 está dañada: %2. CoachDesk no la ha modificado.</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose the one change in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>El registro de sus cambios más recientes (%1) está dañado desde el principio: abrir ahora la caja fuerte perdería el único cambio que contiene. CoachDesk no ha modificado nada. Puede restaurar su copia de seguridad más reciente, o abrir la caja fuerte sin los cambios dañados (se guarda al lado una copia del registro dañado).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose all %2 changes in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>El registro de sus cambios más recientes (%1) está dañado desde el principio: abrir ahora la caja fuerte perdería los %2 cambios que contiene. CoachDesk no ha modificado nada. Puede restaurar su copia de seguridad más reciente, o abrir la caja fuerte sin los cambios dañados (se guarda al lado una copia del registro dañado).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at change %2 of %3: opening the vault now would keep the changes before it and lose the rest. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>El registro de sus cambios más recientes (%1) está dañado en el cambio %2 de %3: abrir ahora la caja fuerte conservaría los cambios anteriores y perdería el resto. CoachDesk no ha modificado nada. Puede restaurar su copia de seguridad más reciente, o abrir la caja fuerte sin los cambios dañados (se guarda al lado una copia del registro dañado).</translation>
    </message>
    <message>
        <source>Only a vault whose key is in the keyring can change its key here. A passphrase vault changes its passphrase instead.</source>
        <translation>Solo una caja fuerte cuya clave está en el llavero puede cambiar su clave aquí. Una caja fuerte con frase de contraseña cambia su frase de contraseña.</translation>
    </message>
    <message>
        <source>%1 The key was not changed.</source>
        <translation>%1 La clave no se ha cambiado.</translation>
    </message>
    <message>
        <source>Only a passphrase vault has a passphrase to change.</source>
        <translation>Solo una caja fuerte con frase de contraseña tiene una frase de contraseña que cambiar.</translation>
    </message>
    <message>
        <source>That is neither your current passphrase nor your recovery code.</source>
        <translation>No es ni su frase de contraseña actual ni su código de recuperación.</translation>
    </message>
    <message>
        <source>The new passphrase is the one you have now.</source>
        <translation>La nueva frase de contraseña es la que ya tiene.</translation>
    </message>
    <message>
        <source>CoachDesk could not write beside the vault (%1); the passphrase was not changed.</source>
        <translation>CoachDesk no pudo escribir junto a la caja fuerte (%1); la frase de contraseña no se ha cambiado.</translation>
    </message>
    <message>
        <source>The vault is locked; the key was not changed.</source>
        <translation>La caja fuerte está bloqueada; la clave no se ha cambiado.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain control characters.</source>
        <translation>Una frase de contraseña no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A passphrase cannot be written as x&apos;…&apos;: vault tools would read it as a key. Choose another.</source>
        <translation>Una frase de contraseña no puede escribirse como x&apos;…&apos;: las herramientas de la caja fuerte la leerían como una clave. Elija otra.</translation>
    </message>
    <message>
        <source>is missing. If it lives on a removable or network drive, connect it and try again</source>
        <translation>no está. Si está en una unidad extraíble o de red, conéctela y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>is empty (0 bytes), so it is not a CoachDesk vault</source>
        <translation>está vacío (0 bytes), así que no es una caja fuerte de CoachDesk</translation>
    </message>
    <message>
        <source>is an ordinary unencrypted SQLite database, not a CoachDesk vault</source>
        <translation>es una base de datos SQLite corriente sin cifrar, no una caja fuerte de CoachDesk</translation>
    </message>
    <message>
        <source>is truncated or is not a CoachDesk vault (its size, %1 bytes, is not a whole number of vault pages)</source>
        <translation>está cortado o no es una caja fuerte de CoachDesk (su tamaño, %1 bytes, no es un número entero de páginas)</translation>
    </message>
    <message>
        <source>opens with this key, but holds no CoachDesk records</source>
        <translation>se abre con esta clave, pero no contiene datos de CoachDesk</translation>
    </message>
    <message>
        <source>opens, but holds no CoachDesk records</source>
        <translation>se abre, pero no contiene datos de CoachDesk</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>%1 CoachDesk could not keep the key there, so nothing was created. Go back and choose a passphrase instead.</source>
        <translation>%1 CoachDesk no pudo guardar ahí la clave, así que no se creó nada. Vuelva atrás y elija en su lugar una frase de contraseña.</translation>
    </message>
    <message>
        <source>CoachDesk cannot find this vault&apos;s info file, so it does not know where its key is kept. Enter your recovery code to open it.</source>
        <translation>CoachDesk no encuentra el archivo de información de esta caja fuerte, así que no sabe dónde se guarda su clave. Escriba su código de recuperación para abrirla.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Escriba su frase de contraseña para abrir su caja fuerte.</translation>
    </message>
    <message>
        <source>The info file in %1 says this is the demo practice, but the demo practice lives only in its own folder (%2), and its key is no secret. CoachDesk will not open a vault here with it. If this is your own vault, enter your recovery code to open it.</source>
        <translation>El archivo de información de %1 dice que esta es la práctica de demostración, pero la práctica de demostración solo está en su propia carpeta (%2), y su clave no es secreta. CoachDesk no abrirá aquí una caja fuerte con ella. Si es su propia caja fuerte, escriba su código de recuperación para abrirla.</translation>
    </message>
    <message>
        <source>%1 Enter your recovery code to open your vault.</source>
        <translation>%1 Escriba su código de recuperación para abrir su caja fuerte.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key to your vault (a new computer, or a cleared keychain). Enter your recovery code to open it; CoachDesk will keep the key in the keyring again.</source>
        <translation>El llavero de este equipo no tiene la clave de su caja fuerte (un equipo nuevo, o un llavero vaciado). Escriba su código de recuperación para abrirla; CoachDesk volverá a guardar la clave en el llavero.</translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keyring does not open %1. The file may be damaged, or the keyring holds a key for another vault. CoachDesk has left the file untouched. You can try your recovery code.</source>
        <translation>La clave guardada en el llavero de este equipo no abre %1. Puede que el archivo esté dañado o que el llavero tenga la clave de otra caja fuerte. CoachDesk no ha tocado el archivo. Puede probar su código de recuperación.</translation>
    </message>
    <message>
        <source>A change of your passphrase was under way. Type the new passphrase you chose; if it does not open the vault, your old one will.</source>
        <translation>Había un cambio de su frase de contraseña en curso. Escriba la nueva frase de contraseña que eligió; si no abre la caja fuerte, la antigua sí lo hará.</translation>
    </message>
    <message>
        <source>%1 (a change of your passphrase was under way: try the new passphrase first)</source>
        <translation>%1 (había un cambio de su frase de contraseña en curso: pruebe primero la nueva)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>its first 16 bytes (the salt, which every page&apos;s check depends on) are damaged; every page is otherwise intact</source>
        <translation>sus primeros 16 bytes (la sal, de la que depende la comprobación de cada página) están dañados; por lo demás, todas las páginas están intactas</translation>
    </message>
    <message>
        <source>no page passes its check with this key (another key, or its first bytes damaged)</source>
        <translation>ninguna página supera su comprobación con esta clave (otra clave, o sus primeros bytes están dañados)</translation>
    </message>
    <message>
        <source>its first page (the one that lists what the vault holds) fails its check</source>
        <translation>su primera página (la que enumera lo que contiene la caja fuerte) no supera su comprobación</translation>
    </message>
    <message>
        <source>page %1 of its %2 pages fails its check</source>
        <translation>la página %1 de sus %2 páginas no supera su comprobación</translation>
    </message>
    <message>
        <source>%1 of its %2 pages fail their check (pages %3)</source>
        <translation>%1 de sus %2 páginas no superan su comprobación (páginas %3)</translation>
    </message>
    <message>
        <source>its file could not be read (%1)</source>
        <translation>no se pudo leer su archivo (%1)</translation>
    </message>
    <message>
        <source>every page checks out, but its records do not fit together (SQLite&apos;s own check: %1)</source>
        <translation>todas las páginas están bien, pero sus datos no encajan entre sí (comprobación propia de SQLite: %1)</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>no se pudo leer entera</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Le damos la bienvenida a CoachDesk</translation>
    </message>
    <message>
        <source>Your practice, private and offline, in one encrypted file.</source>
        <translation>Su práctica, privada y sin conexión, en un único archivo cifrado.</translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sponsors, agreements and session notes in one encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>CoachDesk guarda sus clientes, patrocinadores, acuerdos y notas de sesión en una caja fuerte cifrada en este equipo. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>&amp;Start a new practice</source>
        <translation>&amp;Empezar una práctica nueva</translation>
    </message>
    <message>
        <source>&amp;Restore my practice from a backup</source>
        <translation>&amp;Restaurar mi práctica desde una copia</translation>
    </message>
    <message>
        <source>&amp;Join a practice I use on another computer</source>
        <translation>&amp;Unirme a una práctica que uso en otro equipo</translation>
    </message>
    <message>
        <source>A new computer, or one that was wiped? Your backup folder and your recovery code bring your practice back.</source>
        <translation>¿Un equipo nuevo, o uno que se ha borrado? Su carpeta de copias de seguridad y su código de recuperación recuperan su práctica.</translation>
    </message>
    <message>
        <source>Your sync service (Syncthing, Dropbox, …) has copied the practice&apos;s folder here; the other computer shows a code in Settings.</source>
        <translation>Su servicio de sincronización (Syncthing, Dropbox, …) ha copiado aquí la carpeta de la práctica; el otro equipo muestra un código en Ajustes.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>p. ej., Sam Rivera</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Your name, as agreements, release forms and reports print it (you can change it in Settings)</source>
        <translation>&amp;Su nombre, tal como lo imprimen los acuerdos, los formularios de autorización y los informes (puede cambiarlo en Ajustes)</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Guardar la clave en el &amp;llavero de este equipo (recomendado)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase I type at every start</source>
        <translation>Usar una &amp;frase de contraseña que escribo en cada inicio</translation>
    </message>
    <message>
        <source>CoachDesk will open without asking while you are logged in to this computer.</source>
        <translation>CoachDesk se abrirá sin preguntar mientras tenga la sesión iniciada en este equipo.</translation>
    </message>
    <message>
        <source>You can still protect your vault with a passphrase: CoachDesk will ask for it each time it starts.</source>
        <translation>Aun así, puede proteger su caja fuerte con una frase de contraseña: CoachDesk se la pedirá cada vez que se inicie.</translation>
    </message>
    <message>
        <source>Your practice will be restored here:
%1</source>
        <translation>Su práctica se restaurará aquí:
%1</translation>
    </message>
    <message>
        <source>Your vault will be created here:
%1</source>
        <translation>Su caja fuerte se creará aquí:
%1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>How a sponsor &amp;report is made</source>
        <translation>Cómo se elabora un &amp;informe para el patrocinador</translation>
    </message>
</context>
<context>
    <name>WrappedRows</name>
    <message>
        <source>Show it in the agreement&apos;s words</source>
        <translation>Mostrarlo en el texto del acuerdo</translation>
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
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>CoachDesk hit an unexpected problem. Everything saved before is safe in your vault. If it happens again, please restart CoachDesk.</source>
        <translation>CoachDesk encontró un problema inesperado. Todo lo guardado antes está a salvo en su caja fuerte. Si vuelve a ocurrir, reinicie CoachDesk.</translation>
    </message>
    <message>
        <source>CoachDesk could not read from or save to your vault: %1. What you were doing when it happened may not have been saved, and CoachDesk cannot tell from here whether anything else in the vault is affected. Restart CoachDesk: it checks your vault as it opens it, and says so if it is damaged.</source>
        <translation>CoachDesk no pudo leer ni guardar en su caja fuerte: %1. Puede que no se haya guardado lo que estaba haciendo cuando ocurrió, y CoachDesk no puede saber desde aquí si algo más de la caja fuerte está afectado. Reinicie CoachDesk: comprueba su caja fuerte al abrirla y le avisa si está dañada.</translation>
    </message>
    <message>
        <source>CoachDesk cannot start</source>
        <translation>CoachDesk no puede iniciarse</translation>
    </message>
    <message>
        <source>CoachDesk cannot use the folder %1 for your vault (%2). Choose another folder (start CoachDesk with --home and a folder of your own).</source>
        <translation>CoachDesk no puede usar la carpeta %1 para su caja fuerte (%2). Elija otra carpeta (inicie CoachDesk con --home y una carpeta propia).</translation>
    </message>
    <message>
        <source>CoachDesk is already open</source>
        <translation>CoachDesk ya está abierto</translation>
    </message>
    <message>
        <source>CoachDesk is already open with this vault in another window. Switch to it, or close it before starting CoachDesk again.</source>
        <translation>CoachDesk ya está abierto con esta caja fuerte en otra ventana. Cambie a ella, o ciérrela antes de volver a iniciar CoachDesk.</translation>
    </message>
</context>
<context>
    <name>folders</name>
    <message>
        <source>Other accounts on this computer can add or change files in the folder %1. Choose a folder of your own that only you can write in (for example a new folder in your Dropbox or Syncthing folder).</source>
        <translation>Otras cuentas de este equipo pueden añadir o cambiar archivos en la carpeta %1. Elija una carpeta propia en la que solo usted pueda escribir (por ejemplo, una carpeta nueva dentro de su carpeta de Dropbox o Syncthing).</translation>
    </message>
    <message>
        <source>CoachDesk cannot find the folder %1. Connect its drive, or choose another folder.</source>
        <translation>CoachDesk no encuentra la carpeta %1. Conecte su unidad o elija otra carpeta.</translation>
    </message>
    <message>
        <source>The folder %1 holds your vault or is inside its folder. Choose a folder apart from it, for example a new folder in your Dropbox or Syncthing folder: a sync service copying the vault file while CoachDesk writes it would damage it.</source>
        <translation>La carpeta %1 contiene su caja fuerte o está dentro de su carpeta. Elija una carpeta aparte, por ejemplo una carpeta nueva dentro de su carpeta de Dropbox o Syncthing: un servicio de sincronización que copiara el archivo de la caja fuerte mientras CoachDesk lo escribe lo dañaría.</translation>
    </message>
    <message>
        <source>The folder %1 is where your backups go. Choose a folder of its own for syncing, so that backups and change files never mix.</source>
        <translation>La carpeta %1 es donde van sus copias de seguridad. Elija una carpeta propia para la sincronización, para que las copias y los archivos de cambios nunca se mezclen.</translation>
    </message>
    <message>
        <source>CoachDesk cannot write in the folder %1. Choose a folder of yours that CoachDesk may write in.</source>
        <translation>CoachDesk no puede escribir en la carpeta %1. Elija una carpeta suya en la que CoachDesk pueda escribir.</translation>
    </message>
</context>
<context>
    <name>issuer</name>
    <message>
        <source>Invoices are issued on one computer of this practice, so their numbers run without gaps, and it is not this one. Issue the invoice on that computer, or hand the role to this computer from there.</source>
        <translation>Las facturas se emiten en un solo equipo de esta práctica, para que sus números sigan sin huecos, y no es este. Emita la factura en ese equipo, o pase la función a este equipo desde allí.</translation>
    </message>
    <message>
        <source>That computer has not synced with this one yet: sync it once, then hand it the role.</source>
        <translation>Ese equipo aún no se ha sincronizado con este: sincronícelo una vez y luego pásele la facturación.</translation>
    </message>
    <message>
        <source>The computer that issues invoices is not marked as gone: only it can hand the role over.</source>
        <translation>El equipo que emite las facturas no está marcado como que ya no está: solo él puede pasar la facturación.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: sync this computer, then take the role back.</source>
        <translation>Algunos cambios que envió el equipo perdido aún no han llegado aquí: sincronice este equipo y luego recupere la facturación.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Not done</source>
        <translation>No se pudo hacer</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>not a CoachDesk bundle name (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation type="vanished">no es un nombre de archivo de CoachDesk (se ignoran las copias temporales o en conflicto de una herramienta de sincronización)</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <source>is incomplete or cut short (still arriving, or damaged)</source>
        <translation>está incompleto o cortado (aún está llegando, o está dañado)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s sync key (another practice&apos;s bundle, or damaged)</source>
        <translation type="vanished">no se abre con la clave de sincronización de esta práctica (archivo de otra práctica, o dañado)</translation>
    </message>
    <message>
        <source>not a CoachDesk change file (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation>no es un archivo de cambios de CoachDesk (se ignoran las copias temporales o en conflicto de una herramienta de sincronización)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s pairing code (written by another practice, or changed since)</source>
        <translation>no se abre con el código de emparejamiento de esta práctica (escrito por otra práctica, o modificado desde entonces)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was written</source>
        <translation>se modificó o se dañó después de escribirse</translation>
    </message>
    <message>
        <source>was written by a newer CoachDesk: update CoachDesk on this computer to receive it</source>
        <translation>lo escribió una versión más reciente de CoachDesk: actualice CoachDesk en este equipo para recibirlo</translation>
    </message>
    <message>
        <source>belongs to another practice</source>
        <translation>pertenece a otra práctica</translation>
    </message>
    <message>
        <source>is not where its computer wrote it (moved or copied by hand)</source>
        <translation>no está donde lo escribió su equipo (movido o copiado a mano)</translation>
    </message>
    <message>
        <source>not a CoachDesk computer&apos;s folder</source>
        <translation>no es una carpeta de un equipo de CoachDesk</translation>
    </message>
    <message>
        <source>carries a time more than a day ahead of this computer&apos;s clock: check the date and time on both computers</source>
        <translation>lleva una hora con más de un día de adelanto sobre el reloj de este equipo: revise la fecha y la hora en ambos equipos</translation>
    </message>
    <message>
        <source>The folder %1 in the sync folder is a link or not a folder. CoachDesk writes its change files only in folders of its own: remove it, and sync again.</source>
        <translation>La carpeta %1 de la carpeta de sincronización es un enlace o no es una carpeta. CoachDesk escribe sus archivos de cambios solo en carpetas propias: elimínela y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (to use that computer again, join the practice from it as a new computer)</source>
        <translation type="vanished">viene de un equipo marcado como que ya no está: no se aplica (para volver a usar ese equipo, únase a la práctica desde él como un equipo nuevo)</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (if that was a mistake, choose &quot;Not gone after all…&quot; for it in Settings; else join the practice from it as a new computer)</source>
        <translation>viene de un equipo marcado como que ya no está: no se aplica (si fue un error, elija «Al final sí está…» para él en Ajustes; si no, únase a la práctica desde él como un equipo nuevo)</translation>
    </message>
    <message>
        <source>Only another computer can be marked as gone.</source>
        <translation>Solo se puede marcar otro equipo como que ya no está.</translation>
    </message>
    <message>
        <source>That computer is not one of this practice&apos;s computers.</source>
        <translation>Ese equipo no es uno de los equipos de esta práctica.</translation>
    </message>
    <message>
        <source>This computer cannot bring itself back: what it sends is not taken in. Bring it back on another computer of the practice.</source>
        <translation>Este equipo no puede volver a incluirse a sí mismo: lo que envía no se acepta. Vuelva a incluirlo desde otro equipo de la práctica.</translation>
    </message>
    <message>
        <source>Bring that computer back on computer %1, where it was marked as gone: it issues the practice&apos;s invoices, and invoicing may have been taken back on another computer since, which this one has not heard of yet.</source>
        <translation>Vuelva a incluir ese equipo en el equipo %1, donde se marcó como que ya no está: emite las facturas de la consulta, y puede que la facturación se haya recuperado desde entonces en otro equipo, algo que este aún no sabe.</translation>
    </message>
    <message>
        <source>That computer cannot be brought back: while it was marked as gone, invoicing moved to another computer, so invoices it issued since may carry numbers given again. To use it again, join the practice from it as a new computer.</source>
        <translation>El equipo elegido no se puede volver a incluir: mientras estaba marcado como que ya no está, la facturación pasó a otro equipo, así que las facturas que emitió desde entonces pueden llevar números que se volvieron a asignar. Para volver a usarlo, únase a la práctica desde él como un equipo nuevo.</translation>
    </message>
    <message>
        <source>does not fit the records on this computer (nothing of it was kept); CoachDesk tries again at each sync</source>
        <translation>no encaja con los datos de este equipo (no se conservó nada de él); CoachDesk lo vuelve a intentar en cada sincronización</translation>
    </message>
    <message>
        <source>does not open with the practice&apos;s new pairing code: its computer still needs it (type it in Settings there), or the file is damaged</source>
        <translation type="vanished">no se abre con el nuevo código de emparejamiento de la práctica: su equipo todavía lo necesita (escríbalo allí, en Ajustes), o el archivo está dañado</translation>
    </message>
    <message>
        <source>written before its computer had the new pairing code: type the new code in Settings on that computer</source>
        <translation>escrito antes de que su equipo tuviera el nuevo código de emparejamiento: escriba el nuevo código en Ajustes de ese equipo</translation>
    </message>
    <message>
        <source>written after a new pairing code made with an earlier version of CoachDesk: let the computer that made the code sync once, then this computer asks for it in Settings (or make a new pairing code on a computer not marked as gone)</source>
        <translation>escrito después de un nuevo código de emparejamiento creado con una versión anterior de CoachDesk: deje que el equipo que creó el código se sincronice una vez y este equipo lo pedirá en Ajustes (o cree un nuevo código de emparejamiento en un equipo que no esté marcado como que ya no está)</translation>
    </message>
    <message>
        <source>written after a new pairing code: type the new code in Settings</source>
        <translation>escrito después de un nuevo código de emparejamiento: escriba el nuevo código en Ajustes</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
</context>
</TS>
